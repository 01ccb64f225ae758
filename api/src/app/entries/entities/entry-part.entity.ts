import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Entry } from './entry.entity';

/** One published piece of the work; a series (loạt bài) has several, in order. */
@Entity('entry_parts')
@Index('uq_entry_parts_entry_index', ['entryId', 'index'], { unique: true })
export class EntryPart {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, (entry) => entry.parts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_parts_entry' })
  entry?: Relation<Entry>;

  @Column({ type: 'int' })
  index!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 200 })
  outlet!: string;

  /** A Vietnam calendar date, kept as text (YYYY-MM-DD) so no time zone can shift it. */
  @Column({ type: 'date' })
  publishedAt!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;
}
