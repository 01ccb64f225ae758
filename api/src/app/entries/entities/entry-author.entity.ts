import type { AuthorRole } from '@press-award/contracts';
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

/** An author of the work as declared on the registration form (Phiếu đăng ký). */
@Entity('entry_authors')
@Index('uq_entry_authors_entry_index', ['entryId', 'index'], { unique: true })
@Index('ix_entry_authors_match', ['normalizedName', 'dateOfBirth'])
export class EntryAuthor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => Entry, (entry) => entry.authors, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_authors_entry' })
  entry?: Relation<Entry>;

  @Column({ type: 'int' })
  index!: number;

  /** The account this author is, when known (the submitter, or an email that matches an account). */
  @Index('ix_entry_authors_user_id')
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** `normalizePersonName(fullName)`: how the works-per-author cap matches people. */
  @Column({ type: 'varchar', length: 200 })
  normalizedName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  penName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role!: AuthorRole | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organizationName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** Lives abroad (người Việt Nam ở nước ngoài): for the overseas-author topic prize. */
  @Column({ type: 'boolean', default: false })
  overseas!: boolean;
}
