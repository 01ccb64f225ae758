import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { JobQueue } from '../../infra/jobs/job-queue';
import { MailService } from '../../infra/mail/mail.service';
import { signInLockedMail } from '../../infra/mail/templates';
import { User } from '../users/entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';

export const SIGN_IN_LOCKED_QUEUE = 'sign-in-locked';

interface SignInLockedJob {
  email: string;
  clientAddress: string;
  at: string;
}

/**
 * Tells an account's owner when an address got locked out of it. The request only queues a job,
 * the same for every email, so neither its answer nor its timing says whether the account exists;
 * the worker looks the account up and sends at most one mail per lock period.
 */
@Injectable()
export class SignInAlertsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<SignInLockedJob>(SIGN_IN_LOCKED_QUEUE, (job) => this.notifyOwner(job));
  }

  async addressLockedOut(email: string, clientAddress: string, at: Date): Promise<void> {
    await this.jobs.send<SignInLockedJob>(SIGN_IN_LOCKED_QUEUE, {
      email,
      clientAddress,
      at: at.toISOString(),
    });
  }

  private async notifyOwner(job: SignInLockedJob): Promise<void> {
    const owner = await this.db.getRepository(User).findOneBy({ email: job.email });
    if (!owner || !(await this.throttle.claimLockNotice(owner.email))) return;
    await this.mail.send(
      signInLockedMail({
        to: owner.email,
        fullName: owner.fullName,
        clientAddress: job.clientAddress,
        at: new Date(job.at),
        lockMinutes: Math.ceil(this.throttle.policy.lockSeconds / 60),
        link: `${this.config.publicUrl}/login`,
      }),
    );
  }
}
