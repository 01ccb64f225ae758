import type { AwardRole } from '@press-award/contracts';
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
import { Award } from '../../awards/entities/award.entity';
import { User } from '../../users/entities/user.entity';

/** A user's role inside one award; one user may hold several roles (organizer and secretary). */
@Entity('award_members')
@Index('uq_award_members_award_user_role', ['awardId', 'userId', 'role'], { unique: true })
@Check(
  'ck_award_members_role',
  `"role" IN ('organizer', 'secretary', 'judge', 'steering', 'auditor')`,
)
export class AwardMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_award_members_award' })
  award?: Relation<Award>;

  @Index('ix_award_members_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_award_members_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  role!: AwardRole;

  /** The judge's or secretary's agency as declared for this award (used for conflicts later). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organizationName!: string | null;

  /** Chức vụ (e.g. "Phó Tổng Biên tập Báo Nhân Dân"), shown in the council and its documents. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  /** Agencies a judge declared a relationship with: their works are never assigned to the judge. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  declaredOrganizations!: string[];

  @Column({ type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
