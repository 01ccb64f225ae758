import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';

export const DATABASE_URL = Symbol('DATABASE_URL');
export const JOB_SCHEMA = 'pgboss';

type Handler<T> = (data: T) => Promise<void>;

/**
 * Background jobs in the same PostgreSQL (pg-boss): no extra service to run, and jobs survive a
 * restart and are shared by every API instance. The schema is created by a TypeORM migration from
 * pg-boss's own construction plan, so pg-boss never migrates by itself.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, Handler<never>>();
  private started = false;

  constructor(databaseUrl: string) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      migrate: false,
      max: 3,
      application_name: 'press-award-jobs',
    });
    this.boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
  }

  /** Registers a handler; workers start with the application. */
  handle<T extends object>(queue: string, handler: Handler<T>): void {
    this.handlers.set(queue, handler as Handler<never>);
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** Called by Nest after every module initialised, so all handlers are registered. */
  async startWorkers(): Promise<void> {
    for (const [queue, handler] of this.handlers) {
      await this.boss.createQueue(queue);
      await this.boss.work<object>(
        queue,
        { pollingIntervalSeconds: 0.5, batchSize: 1 },
        async ([job]) => {
          if (job) await (handler as Handler<object>)(job.data);
        },
      );
    }
  }

  async send<T extends object>(queue: string, data: T, singletonKey?: string): Promise<void> {
    await this.boss.createQueue(queue);
    await this.boss.send(queue, data, {
      retryLimit: 3,
      retryDelay: 2,
      retryBackoff: true,
      ...(singletonKey ? { singletonKey } : {}),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
