import type { MailStatus } from '@press-award/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every email the system sends is recorded here first (the outbox). With SMTP configured it is then
 * delivered and marked `sent` or `failed`; without SMTP it stays `stored` for an admin to read.
 */
@Entity('mail_messages')
@Check('ck_mail_messages_status', `"status" IN ('pending', 'sent', 'failed', 'stored')`)
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'varchar', length: 60 })
  template!: string;

  @Index('ix_mail_messages_status')
  @Column({ type: 'varchar', length: 10 })
  status!: MailStatus;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Index('ix_mail_messages_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
