import type { EntryProvenance, EntryStatus, PriorAwardInput } from '@press-award/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Batch } from '../../agencies/entities/batch.entity';
import { Award } from '../../awards/entities/award.entity';
import { Category } from '../../awards/entities/category.entity';
import { User } from '../../users/entities/user.entity';
import { EntryAuthor } from './entry-author.entity';
import { EntryFile } from './entry-file.entity';
import { EntryPart } from './entry-part.entity';

/** A work submitted to an award (Tác phẩm dự giải), owned by the reporter who filed it. */
@Entity('entries')
@Index('ix_entries_award_status', ['awardId', 'status'])
@Index('uq_entries_award_receipt_seq', ['awardId', 'receiptSeq'], { unique: true })
@Index('uq_entries_award_code', ['awardId', 'code'], { unique: true })
@Index('uq_entries_award_forwarded_from', ['awardId', 'forwardedFromEntryId'], { unique: true })
@Check(
  'ck_entries_status',
  `"status" IN ('draft', 'submitted', 'withdrawn', 'eligible', 'ineligible', 'needs_revision')`,
)
export class Entry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_entries_award' })
  award?: Relation<Award>;

  @Column({ type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_entries_category' })
  category?: Relation<Category>;

  @Index('ix_entries_submitter_id')
  @Column({ type: 'uuid' })
  submitterId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitter_id', foreignKeyConstraintName: 'fk_entries_submitter' })
  submitter?: Relation<User>;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: EntryStatus;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  genre!: string | null;

  @Column({ type: 'varchar', length: 3 })
  language!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  priorAwards!: PriorAwardInput[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  topicPrizes!: string[];

  /** Given at submission, kept if the entry is withdrawn and submitted again. */
  @Index('uq_entries_receipt_number', { unique: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  receiptNumber!: string | null;

  /** The receipt's running number within the award. */
  @Column({ type: 'int', nullable: true })
  receiptSeq!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** While `needs_revision`: the reporter may edit and resubmit until this moment. */
  @Column({ type: 'timestamptz', nullable: true })
  revisionDeadline!: Date | null;

  /** The blind code (mã tác phẩm, e.g. IN1-0042): given once to an eligible entry, never changed. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  code!: string | null;

  /** The secretariat's latest reason, shown to the reporter (the history is in screening_decisions). */
  @Column({ type: 'text', nullable: true })
  screeningReason!: string | null;

  /** A provincial winner forwarded to this award: the entry it was copied from (once per award). */
  @Column({ type: 'uuid', nullable: true })
  forwardedFromEntryId!: string | null;

  /** "Forwarded by …, prize A": the source award, entry and tier, kept with the entry. */
  @Column({ type: 'jsonb', nullable: true })
  provenance!: EntryProvenance | null;

  /** The organization's batch it was filed in (docs/agencies.md); null when filed on its own. */
  @Index('ix_entries_batch_id')
  @Column({ type: 'uuid', nullable: true })
  batchId!: string | null;

  @ManyToOne(() => Batch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_entries_batch' })
  batch?: Relation<Batch>;

  @OneToMany(() => EntryPart, (part) => part.entry)
  parts?: Relation<EntryPart[]>;

  @OneToMany(() => EntryAuthor, (author) => author.entry)
  authors?: Relation<EntryAuthor[]>;

  @OneToMany(() => EntryFile, (file) => file.entry)
  files?: Relation<EntryFile[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
