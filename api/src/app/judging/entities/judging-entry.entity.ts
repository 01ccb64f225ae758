import type { MediaType } from '@press-award/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The judges' read model of an entry: what a judge may know, copied when the entry gets its code.
 * It has no column for an author, pen name, agency, outlet, province, email, submitter or file name,
 * so none can leak through a judge-facing query: the data is not filtered out, it is not there.
 */
@Entity('judging_entries')
@Index('uq_judging_entries_award_code', ['awardId', 'code'], { unique: true })
export class JudgingEntry {
  /** The entry's id: used only to join with assignments, never sent to judges. */
  @PrimaryColumn({ type: 'uuid' })
  entryId!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'uuid' })
  categoryId!: string;

  @Column({ type: 'varchar', length: 200 })
  categoryName!: string;

  @Column({ type: 'varchar', length: 10 })
  mediaType!: MediaType;

  @Column({ type: 'varchar', length: 100, nullable: true })
  genre!: string | null;

  @Column({ type: 'varchar', length: 3 })
  language!: string;

  /** Part titles and publication dates only (the outlet would name the agency). */
  @Column({ type: 'jsonb' })
  parts!: { title: string; publishedAt: string }[];
}
