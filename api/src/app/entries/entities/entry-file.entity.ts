import type { FileKind } from '@press-award/contracts';
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
import { Entry } from './entry.entity';

/** A stored file of an entry. The bytes live in storage under `storageKey`, never under the client's name. */
@Entity('entry_files')
@Index('uq_entry_files_entry_sha256', ['entryId', 'sha256'], { unique: true })
@Check('ck_entry_files_kind', `"kind" IN ('work', 'script', 'translation', 'confirmation')`)
export class EntryFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, (entry) => entry.files, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_files_entry' })
  entry?: Relation<Entry>;

  @Column({ type: 'varchar', length: 20 })
  kind!: FileKind;

  @Column({ type: 'int', nullable: true })
  partIndex!: number | null;

  @Index('uq_entry_files_storage_key', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  storageKey!: string;

  /** As the reporter named it; shown to the reporter and organizers only, never to judges. */
  @Column({ type: 'varchar', length: 300 })
  originalName!: string;

  /** Decided from the content (magic bytes), not from the name or the client's claim. */
  @Column({ type: 'varchar', length: 120 })
  mimeType!: string;

  @Column({
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int', nullable: true })
  pageCount!: number | null;

  @Column({ type: 'int', nullable: true })
  width!: number | null;

  @Column({ type: 'int', nullable: true })
  height!: number | null;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 3,
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  durationSeconds!: number | null;

  /** Tools that were needed for a fact and not installed (e.g. ffprobe): reported, never guessed. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  missingTools!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
