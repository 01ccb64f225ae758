import type { Rubric, RoundStatus } from '@press-award/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Award } from '../../awards/entities/award.entity';

/** A judging round (vòng sơ khảo, chung khảo) with its rubric and judges per entry. */
@Entity('rounds')
@Index('uq_rounds_award_order', ['awardId', 'order'], { unique: true })
@Check('ck_rounds_status', `"status" IN ('draft', 'open', 'closed')`)
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

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: RoundStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
