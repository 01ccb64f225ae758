import { createServer, type Server } from 'node:http';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { JOB_SCHEMA } from '../jobs/job-queue';

/**
 * The instance's Prometheus metrics. Counters and histograms count what this instance did; the
 * gauges that describe shared state (job queue, judges' copies) are read from PostgreSQL when
 * scraped, so every instance reports the same truth.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern (not by URL) and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly uploadBytes = new Counter({
    name: 'upload_bytes_total',
    help: 'Bytes of entry files accepted and stored',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry });
    const db = this.db;
    new Gauge({
      name: 'job_queue_depth',
      help: 'Background jobs waiting or running, by queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: { name: string; state: string; count: number }[] = await db.query(
          `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job
            WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`,
        );
        for (const row of rows) this.set({ queue: row.name, state: row.state }, row.count);
      },
    });
    new Gauge({
      name: 'judge_copies',
      help: "Judges' anonymised copies of entry files by status (failed and flagged copies are anonymisation failures)",
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: { status: string; count: number }[] = await db.query(
          `SELECT status, count(*)::int AS count FROM judging_files GROUP BY status`,
        );
        for (const status of ['pending', 'ready', 'flagged', 'failed'])
          this.set({ status }, rows.find((row) => row.status === status)?.count ?? 0);
      },
    });
  }
}

/**
 * Serves `GET /metrics` on its own port for a Prometheus scraper, on 127.0.0.1 only: the numbers
 * are for the operators, not the Internet (the admin can also read them at /api/v1/admin/metrics).
 */
export function startMetricsServer(metrics: Metrics, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry
      .metrics()
      .then((text) =>
        response.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text),
      )
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}
