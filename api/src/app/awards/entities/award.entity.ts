import type {
  AwardInstitution,
  AwardLevel,
  AwardRules,
  AwardStatus,
  JuryDelegation,
  PrizeTier,
  TopicPrize,
  VerificationAccess,
} from '@press-award/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Category } from './category.entity';

@Entity('awards')
@Check('ck_awards_level', `"level" IN ('national', 'provincial', 'unit')`)
@Check('ck_awards_verification_access', `"verification_access" IN ('public', 'restricted')`)
@Check(
  'ck_awards_status',
  `"status" IN ('draft', 'open', 'closed', 'judging', 'decided', 'published')`,
)
export class Award {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'int' })
  edition!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 20 })
  level!: AwardLevel;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: AwardStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  organizerName!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Where its documents are dated ("Hà Nội"); null = the default for its level (`documentPlace`). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  place!: string | null;

  /** Validated as a whole by `validateAwardRules` before every write. */
  @Column({ type: 'jsonb' })
  rules!: AwardRules;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  prizeTiers!: PrizeTier[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  topicPrizes!: TopicPrize[];

  /** Jury work the organizer hands to the award's secretaries (docs/councils.md). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  secretariatDelegations!: JuryDelegation[];

  /** Who issues and signs the award's documents; null = implied by `organizerName` (`effectiveInstitution`). */
  @Column({ type: 'jsonb', nullable: true })
  institution!: AwardInstitution | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** When the results were published (frozen, entrants told, public). */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** sha256 of the decisions frozen at publication (also in the audit chain), for anyone to check later. */
  @Column({ type: 'char', length: 64, nullable: true })
  resultsSnapshotHash!: string | null;

  /** Who may read the verification package: anyone, or the organizers, steering committee and auditors. */
  @Column({ type: 'varchar', length: 12, default: 'public' })
  verificationAccess!: VerificationAccess;

  @OneToMany(() => Category, (category) => category.award)
  categories?: Relation<Category[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
