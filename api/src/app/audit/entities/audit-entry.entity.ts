import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of an award's tamper-evident audit chain: `hash = sha256(prevHash + canonical row)`.
 * Append-only: a trigger (migration AuditLog) refuses every UPDATE and DELETE.
 */
@Entity('audit_log')
@Index('ix_audit_log_award_seq', ['awardId', 'seq'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column({ type: 'uuid', nullable: true })
  awardId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 30 })
  targetType!: string;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
