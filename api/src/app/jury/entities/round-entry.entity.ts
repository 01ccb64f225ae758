import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Entry } from '../../entries/entities/entry.entity';
import { Round } from './round.entity';

/** An entry taking part in a round. */
@Entity('round_entries')
@Index('uq_round_entries_round_entry', ['roundId', 'entryId'], { unique: true })
export class RoundEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_entries_round' })
  round?: Relation<Round>;

  @Index('ix_round_entries_entry_id')
  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_round_entries_entry' })
  entry?: Relation<Entry>;
}
