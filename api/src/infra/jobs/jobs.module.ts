import { Global, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, DATABASE_URL } from './job-queue';

@Global()
@Module({
  providers: [
    { provide: JobQueue, inject: [DATABASE_URL], useFactory: (url: string) => new JobQueue(url) },
  ],
  exports: [JobQueue],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.startWorkers();
  }
}
