import { Global, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue, DATABASE_URL } from './job-queue';

@Global()
@Module({
  providers: [
    { provide: JobQueue, inject: [DATABASE_URL], useFactory: (url: string) => new JobQueue(url) },
  ],
  exports: [JobQueue],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A web-only instance (JOB_WORKERS=false) still sends jobs; the others run them.
    if (this.config.JOB_WORKERS) await this.jobs.startWorkers();
  }
}
