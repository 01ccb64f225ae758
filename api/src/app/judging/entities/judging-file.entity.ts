import type { FileKind } from '@press-award/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An anonymised copy of an entry file for judges: metadata removed by a background job, stored
 * under its own key, served as `<code>-<n>.<ext>`. Its id is new, so no id a judge sees appears
 * anywhere beside an author.
 */
@Entity('judging_files')
@Index('uq_judging_files_source', ['sourceFileId'], { unique: true })
@Index('ix_judging_files_entry', ['entryId', 'seq'])
@Check('ck_judging_files_status', `"status" IN ('pending', 'ready', 'flagged', 'failed')`)
export class JudgingFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  /** The original upload; internal only. */
  @Column({ type: 'uuid' })
  sourceFileId!: string;

  /** n in `<code>-<n>.<ext>`, in upload order. */
  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: FileKind;

  @Column({ type: 'varchar', length: 120 })
  mimeType!: string;

  /** Size of the anonymised copy, once made. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  size!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  storageKey!: string | null;

  /** pending → ready; `flagged` when it cannot be cleaned here (the secretariat decides), `failed` after retries. */
  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: 'pending' | 'ready' | 'flagged' | 'failed';

  @Column({ type: 'text', nullable: true })
  flagReason!: string | null;
}
