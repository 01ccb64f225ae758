import type { AccountKind } from '@press-award/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
@Check('ck_users_account_kind', `"account_kind" IN ('person', 'organization')`)
@Check(
  'ck_users_organization_named',
  `"account_kind" = 'person' OR "organization_name" IS NOT NULL`,
)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id; null for an invited account that has not set a password yet. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  penName!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organizationName!: string | null;

  /** `organization`: a press agency or committee filing entries in batches (then named above). */
  @Column({ type: 'varchar', length: 20, default: 'person' })
  accountKind!: AccountKind;

  @Column({ type: 'boolean', default: false })
  isAdmin!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
