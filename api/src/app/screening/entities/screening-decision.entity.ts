import type { ScreeningDecision } from '@press-award/contracts';
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

/** Every screening decision, kept: who decided what about which entry, when and why. */
@Entity('screening_decisions')
@Check(
  'ck_screening_decisions_decision',
  `"decision" IN ('eligible', 'ineligible', 'needs_revision')`,
)
export class ScreeningDecisionRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_screening_decisions_entry_id')
  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_screening_decisions_entry' })
  entry?: Relation<Entry>;

  @Column({ type: 'varchar', length: 20 })
  decision!: ScreeningDecision;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revisionDeadline!: Date | null;

  @Column({ type: 'uuid' })
  decidedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'fk_screening_decisions_decided_by' })
  decider?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
