import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ERROR_MESSAGES, type ErrorCode } from '@press-award/contracts';
import { AppException } from '../../../infra/http/app-exception';
import type { PdfJob, PdfJobReply, PdfJobRequest } from './pdf-jobs';

/** The built worker (an entry of its own in api/webpack.config.js) and the sources' shim. */
const BUNDLED_WORKER = 'pdf-render.worker.js';
const SOURCE_WORKER = 'pdf-render-worker.cjs';

/**
 * Where the worker's entry is. The built server finds its bundle beside main.js; running from the
 * sources (ts-node) the shim sits beside this file; Jest runs the sources as ES modules without
 * `__dirname`, so the working directory and its parents are searched for the source folder.
 */
export function pdfWorkerCandidates(cwd: string, moduleDir: string | undefined): string[] {
  const candidates = moduleDir
    ? [join(moduleDir, BUNDLED_WORKER), join(moduleDir, SOURCE_WORKER)]
    : [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'api', 'src', 'app', 'results', 'pdf', SOURCE_WORKER));
    if (dirname(dir) === dir) break;
  }
  return candidates;
}

function workerEntry(): string {
  const candidates = pdfWorkerCandidates(
    process.cwd(),
    typeof __dirname === 'string' ? __dirname : undefined,
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`The PDF worker was not found; searched:\n  ${candidates.join('\n  ')}`);
  return found;
}

interface Pending {
  id: number;
  job: PdfJob;
  resolve: (result: PdfRendered) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

export interface PdfRendered {
  bytes: Buffer;
  /** The worker thread that built it (never the main thread's 0). */
  threadId: number;
}

/**
 * The official list and the certificates are built in worker threads, never on the event loop: a
 * 2,000-row list takes most of a second of CPU, during which the API would answer nothing else.
 * One or two workers (the machine's cores less the main thread's), started on the first document and
 * kept; jobs beyond them wait their turn here. A worker that dies fails its job and is replaced by
 * the next. `app.close()` terminates them all.
 */
@Injectable()
export class PdfRenderPool implements OnApplicationShutdown {
  readonly size = Math.max(1, Math.min(2, availableParallelism() - 1));
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  /** How many workers are running (tests: none after `app.close()`). */
  get running(): number {
    return this.slots.length;
  }

  async render(job: PdfJob): Promise<Buffer> {
    return (await this.run(job)).bytes;
  }

  run(job: PdfJob): Promise<PdfRendered> {
    if (this.closed) return Promise.reject(new Error('The PDF workers are shut down'));
    return new Promise<PdfRendered>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const stopped = new Error('The PDF workers are shut down');
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.current?.reject(stopped);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((candidate) => !candidate.current);
      if (!slot && this.slots.length < this.size) {
        try {
          slot = this.start();
        } catch (error) {
          for (const pending of this.queue.splice(0)) pending.reject(error as Error);
          return;
        }
      }
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      slot.current = pending;
      const request: PdfJobRequest = { id: pending.id, job: pending.job };
      slot.worker.postMessage(request);
    }
  }

  private start(): Slot {
    const worker = new Worker(workerEntry());
    // An idle worker never keeps the process alive; a pending request's socket does.
    worker.unref();
    const slot: Slot = { worker, current: null };
    this.slots.push(slot);
    worker.on('message', (reply: PdfJobReply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      slot.current = null;
      if (reply.ok)
        pending.resolve({
          bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
          threadId: reply.threadId,
        });
      else pending.reject(fromWorker(reply.error));
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.current?.reject(error);
      slot.current = null;
      this.dispatch();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`The PDF worker stopped (exit code ${code})`)));
    return slot;
  }
}

/** A refusal of ours stays one (same code); anything else is an internal error, with the worker's stack. */
function fromWorker(error: Extract<PdfJobReply, { ok: false }>['error']): Error {
  if (error.code && error.code in ERROR_MESSAGES) return new AppException(error.code as ErrorCode);
  const rebuilt = new Error(`PDF worker: ${error.message}`);
  rebuilt.name = error.name;
  if (error.stack)
    rebuilt.stack = `${rebuilt.name}: ${rebuilt.message}\n--- in the PDF worker ---\n${error.stack}`;
  return rebuilt;
}
