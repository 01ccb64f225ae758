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
import { Entry } from '../../entries/entities/entry.entity';
import { User } from '../../users/entities/user.entity';
import { Round } from './round.entity';

/** A judge's task: score one entry in one round. A recusal keeps the row (and its reason). */
@Entity('assignments')
@Index('uq_assignments_round_entry_judge', ['roundId', 'entryId', 'judgeId'], { unique: true })
@Index('ix_assignments_judge_round', ['judgeId', 'roundId'])
@Check('ck_assignments_status', `"status" IN ('active', 'recused')`)
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_assignments_round' })
  round?: Relation<Round>;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_assignments_entry' })
  entry?: Relation<Entry>;

  /** The judge's user id. */
  @Column({ type: 'uuid' })
  judgeId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id', foreignKeyConstraintName: 'fk_assignments_judge' })
  judge?: Relation<User>;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status!: 'active' | 'recused';

  @Column({ type: 'text', nullable: true })
  recusalReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
