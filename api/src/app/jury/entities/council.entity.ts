import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Award } from '../../awards/entities/award.entity';
import { Round } from './round.entity';

/**
 * A round's council (Hội đồng sơ khảo, Hội đồng chung khảo): its chair, vice chair and secretary.
 * Its members are the round's panels' judges, organised in tiểu ban (docs/councils.md).
 */
@Entity('councils')
export class Council {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_councils' })
  id!: string;

  @Index('ix_councils_award_id')
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_councils_award' })
  award?: Relation<Award>;

  /** One council per round (`uq_councils_round_id`). */
  @Column({ type: 'uuid', unique: true })
  roundId!: string;

  @OneToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_councils_round' })
  round?: Relation<Round>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Chủ tịch hội đồng: a judge of the award. */
  @Index('ix_councils_chair_user_id')
  @Column({ type: 'uuid' })
  chairUserId!: string;

  /** Phó chủ tịch: a judge of the award. */
  @Column({ type: 'uuid', nullable: true })
  viceChairUserId!: string | null;

  /** Thư ký hội đồng: a judge of the award or a member of its secretariat. */
  @Column({ type: 'uuid', nullable: true })
  secretaryUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
