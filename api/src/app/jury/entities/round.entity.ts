import type { Rubric, RoundStatus } from '@press-award/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Award } from '../../awards/entities/award.entity';

/** A judging round (vòng sơ khảo, chung khảo) with its rubric and judges per entry. */
@Entity('rounds')
@Index('uq_rounds_award_order', ['awardId', 'order'], { unique: true })
@Check('ck_rounds_status', `"status" IN ('draft', 'open', 'closed')`)
@Check(
  'ck_rounds_disagreement_points',
  `"disagreement_points" IS NULL OR "disagreement_points" >= 0`,
)
export class Round {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_rounds_award' })
  award?: Relation<Award>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'int' })
  order!: number;

  @Column({ type: 'int' })
  judgesPerEntry!: number;

  @Column({ type: 'jsonb' })
  rubric!: Rubric;

  /**
   * A judge further than this from the other judges' mean on an entry is flagged DISAGREEMENT (Đà Nẵng
   * rule). Null: 2 points per 10 of the rubric's maximum weighted total. At most the rubric's maximum.
   */
  @Column({
    type: 'numeric',
    precision: 9,
    scale: 2,
    nullable: true,
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  disagreementPoints!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: RoundStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
