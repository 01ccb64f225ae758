import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { MailMessage } from './mail-message.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A stable name for the kind of message (`invitation`, `receipt`), for the outbox and tests. */
  template: string;
}

/**
 * Records every message in the outbox, then delivers it over SMTP when SMTP is configured.
 * A delivery failure is recorded on the message and never fails the request that caused it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get deliversBySmtp(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<MailMessage> {
    const repository = this.db.getRepository(MailMessage);
    const message: MailMessage = await repository.save({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      template: mail.template,
      status: this.transport ? ('pending' as const) : ('stored' as const),
      error: null as string | null,
      sentAt: null as Date | null,
    });
    if (!this.transport) return message;
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      message.status = 'sent';
      message.sentAt = this.clock.now();
    } catch (error) {
      this.logger.warn(`Mail ${message.id} to ${mail.to} failed: ${(error as Error).message}`);
      message.status = 'failed';
      message.error = (error as Error).message.slice(0, 2000);
    }
    await repository.update(
      { id: message.id },
      { status: message.status, sentAt: message.sentAt, error: message.error },
    );
    return message;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
