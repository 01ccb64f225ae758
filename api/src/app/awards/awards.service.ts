import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AwardResponse,
  AwardStatus,
  AwardSummary,
  CategoryResponse,
  FieldError,
  Page,
  PublicAwardResponse,
  TopicPrize,
} from '@press-award/contracts';
import { VERIFICATION_ONLY_ROLES } from '@press-award/contracts';
import type {
  ChangeAwardStatusDto,
  CreateAwardDto,
  CreateCategoryDto,
  TopicPrizeDto,
  UpdateAwardDto,
  UpdateCategoryDto,
} from '@press-award/contracts/dto';
import {
  canTransitionAward,
  cleanTopicPrizeCondition,
  openingIssues,
  prizeTierIssues,
  topicPrizeIssues,
  validateAwardRules,
} from '@press-award/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { ruleIssuesToFieldErrors } from '../../infra/http/validation';
import { AwardMember } from '../members/entities/award-member.entity';
import {
  toAwardResponse,
  toAwardSummary,
  toCategoryResponse,
  toPublicAwardResponse,
} from './awards.presenter';
import { Award } from './entities/award.entity';
import { Category } from './entities/category.entity';

const PUBLIC_STATUSES: AwardStatus[] = ['open', 'closed', 'judging', 'decided', 'published'];

/** Topic prizes as stored: absent numbers as null, a condition only when there is one (a clean copy). */
function storedTopicPrizes(topics: TopicPrizeDto[]): TopicPrize[] {
  return topics.map(({ condition, ...topic }) => {
    const clean = cleanTopicPrizeCondition(condition);
    return {
      ...topic,
      targetCount: topic.targetCount ?? null,
      prizeMoney: topic.prizeMoney ?? null,
      ...(clean ? { condition: clean } : {}),
    };
  });
}

/** Prize tier thresholds and topic prize conditions, as field errors under their lists. */
function prizeListErrors(input: { prizeTiers?: unknown; topicPrizes?: unknown }): FieldError[] {
  return [
    ...ruleIssuesToFieldErrors(prizeTierIssues(input.prizeTiers), 'prizeTiers'),
    ...ruleIssuesToFieldErrors(topicPrizeIssues(input.topicPrizes), 'topicPrizes'),
  ];
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateAwardDto, creatorId: string): Promise<AwardResponse> {
    const tierErrors = prizeListErrors(input);
    const rules = this.validRules(input.rules, tierErrors);
    const categoryErrors = (input.categories ?? []).flatMap((category, index) =>
      rules.files[category.mediaType]
        ? []
        : [
            {
              field: `categories.${index}.mediaType`,
              code: 'MEDIA_TYPE_HAS_NO_FILE_RULE',
              message: 'The award rules have no file rule for this media type.',
            },
          ],
    );
    if (categoryErrors.length || tierErrors.length)
      throw new AppException('VALIDATION_FAILED', [...tierErrors, ...categoryErrors]);
    const awardId = await this.db.transaction(async (manager) => {
      const award = await manager.getRepository(Award).save({
        name: input.name,
        edition: input.edition,
        year: input.year,
        level: input.level,
        status: 'draft',
        organizerName: input.organizerName ?? null,
        description: input.description ?? null,
        place: input.place || null,
        rules,
        prizeTiers: (input.prizeTiers ?? []).map((tier) => ({
          ...tier,
          prizeMoney: tier.prizeMoney ?? null,
        })),
        topicPrizes: storedTopicPrizes(input.topicPrizes ?? []),
        createdBy: creatorId,
      });
      await manager.getRepository(Category).save(
        (input.categories ?? []).map((category, index) => ({
          ...this.categoryValues(category),
          awardId: award.id,
          sortOrder: category.sortOrder ?? index,
        })),
      );
      await manager.getRepository(AwardMember).save({
        awardId: award.id,
        userId: creatorId,
        role: 'organizer',
        organizationName: null,
        invitedBy: creatorId,
      });
      return award.id;
    });
    return this.get(awardId);
  }

  async get(awardId: string): Promise<AwardResponse> {
    return toAwardResponse(await this.load(awardId));
  }

  async update(awardId: string, input: UpdateAwardDto): Promise<AwardResponse> {
    await this.db.transaction(async (manager) => {
      const award = await this.load(awardId, manager, true);
      if (award.status === 'published') throw new AppException('AWARD_NOT_EDITABLE');
      const changes: Partial<Award> = {};
      const tierErrors = prizeListErrors(input);
      for (const key of [
        'name',
        'edition',
        'year',
        'level',
        'organizerName',
        'description',
      ] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      // An empty place goes back to the level's default.
      if (input.place !== undefined) changes.place = input.place || null;
      if (input.rules !== undefined) {
        const rules = this.validRules({ ...award.rules, ...input.rules }, tierErrors);
        const missing = openingIssues(
          rules,
          (award.categories ?? []).map((category) => category.mediaType),
        );
        if (missing.length)
          throw new AppException('VALIDATION_FAILED', [
            ...ruleIssuesToFieldErrors(missing, 'rules'),
            ...tierErrors,
          ]);
        changes.rules = rules;
      }
      if (tierErrors.length) throw new AppException('VALIDATION_FAILED', tierErrors);
      if (input.prizeTiers !== undefined)
        changes.prizeTiers = input.prizeTiers.map((tier) => ({
          ...tier,
          prizeMoney: tier.prizeMoney ?? null,
        }));
      if (input.topicPrizes !== undefined)
        changes.topicPrizes = storedTopicPrizes(input.topicPrizes);
      if (input.institution !== undefined)
        changes.institution = input.institution
          ? { ...input.institution, signerName: input.institution.signerName || null }
          : null;
      if (Object.keys(changes).length)
        await manager.getRepository(Award).save({ ...award, ...changes, categories: undefined });
    });
    return this.get(awardId);
  }

  async changeStatus(
    awardId: string,
    input: ChangeAwardStatusDto,
    actorId: string,
  ): Promise<AwardResponse> {
    await this.db.transaction(async (manager) => {
      const award = await this.load(awardId, manager, true);
      if (!canTransitionAward(award.status, input.status))
        throw new AppException('AWARD_STATUS_TRANSITION_INVALID');
      if (input.status === 'open') this.assertReadyToOpen(award);
      await manager.getRepository(Award).update({ id: awardId }, { status: input.status });
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'award.status',
        targetType: 'award',
        targetId: awardId,
        before: { status: award.status },
        after: { status: input.status },
      });
    });
    return this.get(awardId);
  }

  async addCategory(awardId: string, input: CreateCategoryDto): Promise<CategoryResponse> {
    return this.db.transaction(async (manager) => {
      const award = await this.load(awardId, manager, true);
      if (award.status === 'published') throw new AppException('AWARD_NOT_EDITABLE');
      if (!award.rules.files[input.mediaType])
        throw new AppException('CATEGORY_MEDIA_TYPE_NOT_ALLOWED');
      const sortOrder = input.sortOrder ?? (award.categories ?? []).length;
      try {
        const category = await manager
          .getRepository(Category)
          .save({ ...this.categoryValues(input), awardId, sortOrder });
        return toCategoryResponse(category);
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppException('CATEGORY_CODE_TAKEN');
        throw error;
      }
    });
  }

  async updateCategory(
    awardId: string,
    categoryId: string,
    input: UpdateCategoryDto,
  ): Promise<CategoryResponse> {
    return this.db.transaction(async (manager) => {
      const award = await this.load(awardId, manager, true);
      if (award.status === 'published') throw new AppException('AWARD_NOT_EDITABLE');
      const category = (award.categories ?? []).find((candidate) => candidate.id === categoryId);
      if (!category) throw new AppException('CATEGORY_NOT_FOUND');
      if (input.mediaType && input.mediaType !== category.mediaType) {
        // Entries already filed under a media type must not change kind under their authors.
        if (award.status !== 'draft') throw new AppException('AWARD_RULES_LOCKED');
        if (!award.rules.files[input.mediaType])
          throw new AppException('CATEGORY_MEDIA_TYPE_NOT_ALLOWED');
      }
      const updated = {
        ...category,
        ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
      } as Category;
      try {
        await manager.getRepository(Category).save(updated);
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppException('CATEGORY_CODE_TAKEN');
        throw error;
      }
      return toCategoryResponse(updated);
    });
  }

  async removeCategory(awardId: string, categoryId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const award = await this.load(awardId, manager, true);
      if (!(award.categories ?? []).some((category) => category.id === categoryId))
        throw new AppException('CATEGORY_NOT_FOUND');
      if (award.status !== 'draft') throw new AppException('AWARD_RULES_LOCKED');
      await manager.getRepository(Category).delete({ id: categoryId, awardId });
    });
  }

  /** Awards the caller belongs to (any role), newest first; every award for the admin. */
  async listManaged(
    userId: string,
    isAdmin: boolean,
    page: number,
    pageSize: number,
  ): Promise<Page<AwardSummary>> {
    const query = this.db
      .getRepository(Award)
      .createQueryBuilder('award')
      .orderBy('award.year', 'DESC')
      .addOrderBy('award.created_at', 'DESC');
    if (!isAdmin) {
      query.where(
        // Steering committee members and auditors manage nothing: they read the public pages.
        'EXISTS (SELECT 1 FROM award_members m WHERE m.award_id = award.id AND m.user_id = :userId AND m.role <> ALL(:readers))',
        { userId, readers: [...VERIFICATION_ONLY_ROLES] },
      );
    }
    const [awards, total] = await query
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: awards.map(toAwardSummary), total, page, pageSize };
  }

  /**
   * The public home page's query, the hottest read of the site: one statement that returns the page
   * as JSON, categories nested, so no entity hydration runs per request.
   */
  async listPublic(page: number, pageSize: number): Promise<Page<PublicAwardResponse>> {
    const rows: { total: number; items: PublicAwardResponse[] | null }[] = await this.db.query(
      `WITH visible AS (
         SELECT * FROM awards WHERE status = ANY($1::text[])
       ), paged AS (
         SELECT * FROM visible ORDER BY year DESC, created_at DESC, id LIMIT $2 OFFSET $3
       )
       SELECT (SELECT count(*)::int FROM visible) AS total,
              (SELECT json_agg(json_build_object(
                 'id', a.id, 'name', a.name, 'edition', a.edition, 'year', a.year, 'level', a.level,
                 'status', a.status, 'organizerName', a.organizer_name, 'description', a.description,
                 'rules', a.rules, 'prizeTiers', a.prize_tiers, 'topicPrizes', a.topic_prizes,
                 'categories', COALESCE((
                   SELECT json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'mediaType', c.media_type, 'genres', c.genres)
                                   ORDER BY c.sort_order, c.code)
                     FROM categories c WHERE c.award_id = a.id), '[]'::json)
               ) ORDER BY a.year DESC, a.created_at DESC, a.id) FROM paged a) AS items`,
      [PUBLIC_STATUSES, pageSize, (page - 1) * pageSize],
    );
    return { items: rows[0]?.items ?? [], total: rows[0]?.total ?? 0, page, pageSize };
  }

  async getPublic(awardId: string): Promise<PublicAwardResponse> {
    const award = await this.db
      .getRepository(Award)
      .findOne({ where: { id: awardId, status: Not('draft') }, relations: { categories: true } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    return toPublicAwardResponse(award);
  }

  private async load(
    awardId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<Award> {
    if (lock) {
      // Lock the award row first so concurrent edits of rules and categories serialise.
      await manager
        .getRepository(Award)
        .createQueryBuilder('award')
        .setLock('pessimistic_write')
        .where('award.id = :awardId', { awardId })
        .getOne();
    }
    const award = await manager
      .getRepository(Award)
      .findOne({ where: { id: awardId }, relations: { categories: true } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    return award;
  }

  /** The clean rules, or a refusal listing their issues together with `alsoRefused` (other fields' issues). */
  private validRules(input: unknown, alsoRefused: FieldError[] = []) {
    const result = validateAwardRules(input);
    if (!result.ok)
      throw new AppException('VALIDATION_FAILED', [
        ...ruleIssuesToFieldErrors(result.issues, 'rules'),
        ...alsoRefused,
      ]);
    return result.rules;
  }

  private assertReadyToOpen(award: Award): void {
    const details: FieldError[] = [];
    const categories = award.categories ?? [];
    if (categories.length === 0)
      details.push({
        field: 'categories',
        code: 'NO_CATEGORIES',
        message: 'Add at least one category.',
      });
    details.push(
      ...ruleIssuesToFieldErrors(
        openingIssues(
          award.rules,
          categories.map((category) => category.mediaType),
        ),
        'rules',
      ),
    );
    if (Date.parse(award.rules.submissionDeadline) <= this.clock.now().getTime()) {
      details.push({
        field: 'rules.submissionDeadline',
        code: 'DEADLINE_PASSED',
        message: 'The submission deadline has already passed.',
      });
    }
    if (details.length) throw new AppException('AWARD_NOT_READY_TO_OPEN', details);
  }

  private categoryValues(input: CreateCategoryDto) {
    return {
      code: input.code,
      name: input.name,
      mediaType: input.mediaType,
      genres: input.genres ?? [],
    };
  }
}
