import type { AccountKind } from '@press-award/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A registration waiting for its email to be confirmed. The account is created only from the link
 * mailed to that address, so registering answers the same whether or not the email is taken.
 * Only the token's sha256 is stored.
 */
@Entity('pending_registrations')
@Check('ck_pending_registrations_account_kind', `"account_kind" IN ('person', 'organization')`)
@Check(
  'ck_pending_registrations_organization_named',
  `"account_kind" = 'person' OR "organization_name" IS NOT NULL`,
)
export class PendingRegistration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pending_registrations' })
  id!: string;

  @Index('uq_pending_registrations_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('ix_pending_registrations_email')
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
