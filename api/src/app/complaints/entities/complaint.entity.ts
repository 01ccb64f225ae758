import type { ComplaintStatus } from '@press-award/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A complaint (khiếu nại) against a published result. It is resolved once — dismissed, the work
 * withdrawn, or the prize revoked — and the why stays here and in the audit chain.
 */
@Entity('complaints')
@Index('ix_complaints_award_status', ['awardId', 'status'])
@Check('ck_complaints_status', `"status" IN ('open', 'dismissed', 'withdrawn', 'revoked')`)
export class Complaint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @Index('ix_complaints_entry_id')
  @Column({ type: 'uuid' })
  entryId!: string;

  /** Who complained, as written on the complaint (a person, an agency, a reader). */
  @Column({ type: 'varchar', length: 300 })
  complainant!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: ComplaintStatus;

  @Column({ type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Column({ type: 'uuid' })
  filedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  filedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
