import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Round } from './round.entity';

/** A subcommittee (tiểu ban): the judges who score the round's entries of some categories. */
@Entity('panels')
export class Panel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_panels_round_id')
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_panels_round' })
  round?: Relation<Round>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb' })
  categoryIds!: string[];

  /** User ids of the panel's judges (each a judge member of the award). */
  @Column({ type: 'jsonb' })
  judgeIds!: string[];

  /** Trưởng tiểu ban: one of `judgeIds`, named with the round's council. */
  @Column({ type: 'uuid', nullable: true })
  leaderUserId!: string | null;
}
