import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Client } from 'pg';

/**
 * `COPY … TO STDOUT` and `COPY … FROM STDIN` over a plain `pg` client. `pg` routes the COPY
 * protocol messages to a "submittable" query object; this is that object, so the backup needs no
 * client tools (the embedded PostgreSQL ships none) and no extra package.
 */
interface PgConnection {
  query: (text: string) => void;
  sendCopyFromChunk: (chunk: Buffer) => void;
  endCopyFrom: () => void;
  sendCopyFail: (message: string) => void;
  stream: NodeJS.ReadWriteStream & { writableNeedDrain?: boolean };
}

class CopyQuery {
  private settled = false;
  private rowCount = 0;
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly text: string,
    private readonly sink: Writable | null,
    private readonly source: Readable | null,
  ) {
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }, connection: PgConnection): void {
    if (!this.sink) return;
    if (!this.sink.write(message.chunk)) {
      connection.stream.pause();
      this.sink.once('drain', () => connection.stream.resume());
    }
  }

  handleCopyInResponse(connection: PgConnection): void {
    const source = this.source;
    if (!source) {
      connection.sendCopyFail('No source to copy from');
      return;
    }
    void (async () => {
      try {
        for await (const chunk of source) {
          connection.sendCopyFromChunk(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
          if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
        }
        connection.endCopyFrom();
      } catch (error) {
        connection.sendCopyFail(`Reading the copy source failed: ${(error as Error).message}`);
      }
    })();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /^COPY (\d+)/.exec(message.text ?? '');
    if (match) this.rowCount = Number(match[1]);
  }

  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve(this.rowCount);
  }

  handleError(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  // A COPY answers with none of these; `pg` calls them only for ordinary queries.
  handleEmptyQuery(): void {
    /* not sent for COPY */
  }
  handleRowDescription(): void {
    /* not sent for COPY */
  }
  handleDataRow(): void {
    /* not sent for COPY */
  }
  handlePortalSuspended(): void {
    /* not sent for COPY */
  }
}

/** Runs `COPY … TO STDOUT` into `sink` (left open); resolves with the number of rows. */
export async function copyOut(client: Client, sql: string, sink: Writable): Promise<number> {
  const query = new CopyQuery(sql, sink, null);
  void client.query(query as never);
  return query.done;
}

/** Runs `COPY … FROM STDIN` reading `source`; resolves with the number of rows loaded. */
export async function copyIn(client: Client, sql: string, source: Readable): Promise<number> {
  const query = new CopyQuery(sql, null, source);
  void client.query(query as never);
  return query.done;
}
