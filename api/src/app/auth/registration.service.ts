import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConfirmRegistrationDto, RegisterDto } from '@press-award/contracts/dto';
import type { RegisterResponse } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { JobQueue } from '../../infra/jobs/job-queue';
import { MailService } from '../../infra/mail/mail.service';
import { registrationAttemptMail, registrationConfirmMail } from '../../infra/mail/templates';
import { User } from '../users/entities/user.entity';
import { PendingRegistration } from './entities/pending-registration.entity';
import { hashToken } from './auth.service';
import { PasswordHasher } from './password-hasher';

export const REGISTRATION_QUEUE = 'registration-mail';

/**
 * Registration without an oracle. Every registration is answered the same way (202, "check your
 * email") after the same work — hash the password, store a pending registration, queue a job —
 * whether or not the email already has an account. The worker then mails either the link that
 * creates the account or, to an existing owner, a note that someone tried to register their address.
 * The account exists only once the link is opened, so the answer tells nobody anything.
 */
@Injectable()
export class RegistrationService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ pendingId: string; returnUrl?: string }>(REGISTRATION_QUEUE, (job) =>
      this.mailRegistrant(job.pendingId, job.returnUrl),
    );
  }

  async register(input: RegisterDto): Promise<RegisterResponse> {
    const passwordHash = await this.hasher.hash(input.password);
    const pending = await this.db.getRepository(PendingRegistration).save({
      // Replaced by the worker when it mails a link; this one is never sent anywhere.
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      email: input.email,
      passwordHash,
      fullName: input.fullName,
      penName: input.penName || null,
      phone: input.phone || null,
      organizationName: input.organizationName || null,
      accountKind: input.accountKind ?? 'person',
      expiresAt: new Date(this.clock.now().getTime() + this.config.REGISTRATION_TTL_SECONDS * 1000),
    });
    await this.jobs.send(REGISTRATION_QUEUE, {
      pendingId: pending.id,
      ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}),
    });
    return { status: 'confirmation_sent', email: input.email };
  }

  /** Creates the account from the mailed link; returns its id (the caller signs it in). */
  async confirm(input: ConfirmRegistrationDto): Promise<string> {
    return this.db.transaction(async (manager) => {
      const pending = await manager.getRepository(PendingRegistration).findOne({
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pending || pending.expiresAt <= this.clock.now())
        throw new AppException('REGISTRATION_LINK_INVALID');
      // Every other pending registration of this address dies with this one.
      await manager.getRepository(PendingRegistration).delete({ email: pending.email });
      const taken = await manager.getRepository(User).existsBy({ email: pending.email });
      if (taken) throw new AppException('REGISTRATION_LINK_INVALID');
      try {
        const user = await manager.getRepository(User).save(
          manager.getRepository(User).create({
            email: pending.email,
            passwordHash: pending.passwordHash,
            fullName: pending.fullName,
            penName: pending.penName,
            phone: pending.phone,
            organizationName: pending.organizationName,
            accountKind: pending.accountKind,
            isAdmin: false,
          }),
        );
        return user.id;
      } catch (error) {
        // Two links of one address opened at once: the unique index decides.
        if ((error as { code?: string }).code === '23505')
          throw new AppException('REGISTRATION_LINK_INVALID');
        throw error;
      }
    });
  }

  /** `returnUrl` (a same-site path, checked by the DTO) rides on the link, so intent survives the mail. */
  private async mailRegistrant(pendingId: string, returnUrl?: string): Promise<void> {
    const pendings = this.db.getRepository(PendingRegistration);
    const pending = await pendings.findOneBy({ id: pendingId });
    if (!pending) return;
    const owner = await this.db.getRepository(User).findOneBy({ email: pending.email });
    if (owner) {
      await pendings.delete({ id: pending.id });
      await this.mail.send(
        registrationAttemptMail({
          to: owner.email,
          fullName: owner.fullName,
          loginLink: `${this.config.publicUrl}/login`,
        }),
      );
      return;
    }
    const token = randomBytes(32).toString('base64url');
    await pendings.update({ id: pending.id }, { tokenHash: hashToken(token) });
    await this.mail.send(
      registrationConfirmMail({
        to: pending.email,
        fullName: pending.fullName,
        link: `${this.config.publicUrl}/register/confirm/${token}${returnUrl ? `?returnUrl=${encodeURIComponent(returnUrl)}` : ''}`,
        expiresAt: pending.expiresAt,
      }),
    );
  }
}
