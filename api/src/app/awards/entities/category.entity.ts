import type { MediaType } from '@press-award/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Award } from './award.entity';

/** A competition category: one media type and a genre group (e.g. Báo in – chính luận). */
@Entity('categories')
@Index('uq_categories_award_code', ['awardId', 'code'], { unique: true })
@Check('ck_categories_media_type', `"media_type" IN ('print', 'online', 'radio', 'tv', 'photo')`)
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => Award, (award) => award.categories, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id', foreignKeyConstraintName: 'fk_categories_award' })
  award?: Relation<Award>;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  mediaType!: MediaType;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  genres!: string[];

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}
