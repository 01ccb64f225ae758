import type { PrizeStanding } from '@press-award/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The organizer's decision for one entry: its prize tier (Đặc biệt, A, B…) and topic prizes. */
@Entity('prize_decisions')
@Index('uq_prize_decisions_award_entry', ['awardId', 'entryId'], { unique: true })
@Check('ck_prize_decisions_standing', `"standing" IN ('awarded', 'revoked', 'withdrawn')`)
export class PrizeDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  /** One of the award's prize tier codes; null when the entry only holds topic prizes. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  tierCode!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  topicPrizes!: string[];

  /** Required when the decision goes over a tier's target count (2020 gave 16 C against 15 planned). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  decidedBy!: string;

  /** `awarded` until a complaint after publication revokes the prize or withdraws the work. */
  @Column({ type: 'varchar', length: 12, default: 'awarded' })
  standing!: PrizeStanding;

  @UpdateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
