import type { SheetStatus } from '@press-award/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A judge's score sheet for one assignment; each round keeps its own sheets. */
@Entity('sheets')
@Index('uq_sheets_assignment', ['assignmentId'], { unique: true })
@Index('ix_sheets_round', ['roundId'])
@Check('ck_sheets_status', `"status" IN ('draft', 'submitted')`)
export class Sheet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'uuid' })
  judgeId!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  scores!: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({
    type: 'numeric',
    precision: 14,
    scale: 4,
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  total!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: SheetStatus;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
