import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Award } from '../../awards/entities/award.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A batch (hồ sơ gửi giải): entries an organization account files to one award, sent with its
 * covering letter (công văn). The letter's columns are set together or not at all.
 */
@Entity('batches')
@Check(
  'ck_batches_letter_whole',
  `("letter_storage_key" IS NULL) = ("letter_number" IS NULL) AND ("letter_storage_key" IS NULL) = ("letter_issued_on" IS NULL) AND ("letter_storage_key" IS NULL) = ("letter_sha256" IS NULL) AND ("letter_storage_key" IS NULL) = ("letter_uploaded_at" IS NULL)`,
)
export class Batch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_batches' })
  id!: string;

  @Index('ix_batches_award_id')
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_batches_award' })
  award?: Relation<Award>;

  @Index('ix_batches_owner_id')
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_batches_owner' })
  owner?: Relation<User>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The organization as named when the batch was opened: the issuing body of its list. */
  @Column({ type: 'varchar', length: 200 })
  organizationName!: string;

  /** Số và ký hiệu of the covering letter ("45-CV/BTCTU"). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  letterNumber!: string | null;

  /** The letter's date, a Vietnam calendar date (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  letterIssuedOn!: string | null;

  @Index('uq_batches_letter_storage_key', { unique: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  letterStorageKey!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  letterOriginalName!: string | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  letterSize!: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  letterSha256!: string | null;

  @Column({ type: 'int', nullable: true })
  letterPageCount!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  letterUploadedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
