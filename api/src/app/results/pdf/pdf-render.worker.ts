import { parentPort, threadId } from 'node:worker_threads';
import { runPdfJob, type PdfJobReply, type PdfJobRequest } from './pdf-jobs';

/**
 * The PDF worker: builds the official list and the certificates off the API's event loop, one job at
 * a time (jobs queue on the port). Started by `PdfRenderPool` — from the bundle `dist/api/
 * pdf-render.worker.js` when built, through `pdf-render-worker.cjs` when running from the sources.
 */
const port = parentPort;
if (!port) throw new Error('pdf-render.worker runs as a worker thread (PdfRenderPool starts it)');

port.on('message', async ({ id, job }: PdfJobRequest) => {
  let reply: PdfJobReply;
  try {
    const built = await runPdfJob(job);
    // A view on its own ArrayBuffer, so the buffer can be transferred rather than copied.
    const bytes = new Uint8Array(built.byteLength);
    bytes.set(built);
    reply = { id, ok: true, bytes, threadId };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const code = (error as { code?: unknown }).code;
    reply = {
      id,
      ok: false,
      error: {
        name: error.name,
        message: error.message,
        stack: error.stack,
        ...(typeof code === 'string' ? { code } : {}),
      },
      threadId,
    };
  }
  port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
});
