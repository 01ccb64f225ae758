import type { CollectivePrizeTier } from '@press-award/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A prize for a collective (giải / khen thưởng tập thể): a press agency or a Party committee's
 * commission that organised or promoted the award well, honoured by the organizer with a citation.
 * Decided while the award is judged or decided; fixed once the results are published.
 */
@Entity('collective_prizes')
@Check(
  'ck_collective_prizes_tier_code',
  `"tier_code" IN ('collective_prize', 'merit', 'commendation')`,
)
export class CollectivePrize {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_collective_prizes_award_id')
  @Column({ type: 'uuid' })
  awardId!: string;

  /** The unit as printed ("Báo Nhân Dân", "Ban Tổ chức Tỉnh ủy Gia Lai"). */
  @Column({ type: 'varchar', length: 300 })
  organizationName!: string;

  /** One of `COLLECTIVE_PRIZE_TIERS` (not the works' tiers). */
  @Column({ type: 'varchar', length: 32 })
  tierCode!: CollectivePrizeTier;

  @Column({ type: 'text' })
  citation!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
