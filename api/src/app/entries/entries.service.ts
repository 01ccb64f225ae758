import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntryResponse, MediaType } from '@press-award/contracts';
import type { CreateEntryDto, UpdateEntryDto } from '@press-award/contracts/dto';
import {
  agencyConfirmationIssues,
  authorBirthDateIssues,
  authorLimitIssues,
  awardTitle,
  draftIssues,
  submissionFileIssues,
  submissionWindowIssues,
  type EntryDraft,
} from '@press-award/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { receiptMail } from '../../infra/mail/templates';
import { FileStorage } from '../../infra/storage/file-storage';
import { agencyConfirmationOf, ownBatch } from '../agencies/batch-access';
import { Award } from '../awards/entities/award.entity';
import { Category } from '../awards/entities/category.entity';
import { User } from '../users/entities/user.entity';
import { eligibilityException } from './eligibility-errors';
import { EntryAuthor } from './entities/entry-author.entity';
import { EntryFile } from './entities/entry-file.entity';
import { EntryPart } from './entities/entry-part.entity';
import { Entry } from './entities/entry.entity';
import { toEntryResponse } from './entries.presenter';
import { otherCountedAuthors } from './entry-author-cap';
import { categoryOf, replaceAuthors, replaceParts } from './entry-drafts';
import { publishedOutcomes } from './entry-outcomes';

/**
 * Statuses in which the reporter may still change the entry: drafts, withdrawn works (fixed and
 * resent before the deadline) and works the secretariat sent back (until the revision deadline).
 */
const EDITABLE = new Set(['draft', 'withdrawn', 'needs_revision']);
/** Statuses a reporter may delete: never an entry the secretariat is handling. */
const DELETABLE = new Set(['draft', 'withdrawn']);

export interface SubmissionReceipt {
  award: Award;
  entry: Entry;
  files: EntryFile[];
  submitter: User;
  receiptNumber: string;
  submittedAt: Date;
}

@Injectable()
export class EntriesService {
  private readonly logger = new Logger(EntriesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly storage: FileStorage,
    private readonly mail: MailService,
  ) {}

  async create(
    awardId: string,
    input: CreateEntryDto,
    submitterId: string,
  ): Promise<EntryResponse> {
    const entryId = await this.db.transaction(async (manager) => {
      const award = await this.openAward(manager, awardId);
      const category = await categoryOf(manager, award, input.categoryId);
      if (input.batchId) await ownBatch(manager, input.batchId, awardId, submitterId);
      const draft: EntryDraft = {
        language: input.language,
        parts: input.parts,
        authors: input.authors,
        priorAwards: input.priorAwards ?? [],
        topicPrizes: input.topicPrizes ?? [],
      };
      this.assertNoIssues(
        draftIssues(
          draft,
          award.rules,
          award.topicPrizes.map((topic) => topic.code),
        ),
      );
      const entry = await manager.getRepository(Entry).save({
        awardId,
        categoryId: category.id,
        submitterId,
        status: 'draft' as const,
        title: input.title,
        genre: input.genre ?? null,
        language: input.language,
        summary: input.summary ?? null,
        priorAwards: draft.priorAwards.map((prior) => ({ ...prior, prize: prior.prize ?? null })),
        topicPrizes: draft.topicPrizes,
        receiptNumber: null,
        receiptSeq: null,
        submittedAt: null,
        withdrawnAt: null,
        batchId: input.batchId ?? null,
      });
      await replaceParts(manager, entry.id, input.parts);
      await replaceAuthors(manager, entry.id, input.authors, submitterId);
      return entry.id;
    });
    return this.get(entryId);
  }

  async get(entryId: string): Promise<EntryResponse> {
    const entry = await this.db.getRepository(Entry).findOne({
      where: { id: entryId },
      relations: { parts: true, authors: true, files: true, category: true },
    });
    if (!entry) throw new AppException('ENTRY_NOT_FOUND');
    const outcomes = await publishedOutcomes(this.db, [entry.id]);
    return {
      ...toEntryResponse(entry, entry.category?.mediaType as MediaType),
      outcome: outcomes.get(entry.id) ?? null,
    };
  }

  async listMine(userId: string): Promise<EntryResponse[]> {
    const entries = await this.db.getRepository(Entry).find({
      where: { submitterId: userId },
      relations: { parts: true, authors: true, files: true, category: true },
      order: { createdAt: 'DESC' },
    });
    const outcomes = await publishedOutcomes(
      this.db,
      entries.map((entry) => entry.id),
    );
    return entries.map((entry) => ({
      ...toEntryResponse(entry, entry.category?.mediaType as MediaType),
      outcome: outcomes.get(entry.id) ?? null,
    }));
  }

  async update(entryId: string, input: UpdateEntryDto, userId: string): Promise<EntryResponse> {
    await this.db.transaction(async (manager) => {
      const { entry, award } = await this.lockChangeable(manager, entryId);
      if (input.categoryId !== undefined && input.categoryId !== entry.categoryId) {
        const category = await categoryOf(manager, award, input.categoryId);
        const current = await manager
          .getRepository(Category)
          .findOneByOrFail({ id: entry.categoryId });
        // Files were accepted for the old media type; a new one would need them checked again.
        const files = await manager.getRepository(EntryFile).countBy({ entryId });
        if (files > 0 && category.mediaType !== current.mediaType) {
          throw new AppException('ENTRY_NOT_EDITABLE', [
            {
              field: 'categoryId',
              code: 'MEDIA_TYPE_CHANGE_WITH_FILES',
              message: 'Remove the files before moving the entry to another media type.',
            },
          ]);
        }
      }
      const parts =
        input.parts ??
        (await manager
          .getRepository(EntryPart)
          .find({ where: { entryId }, order: { index: 'ASC' } }));
      const authors =
        input.authors ??
        (await manager
          .getRepository(EntryAuthor)
          .find({ where: { entryId }, order: { index: 'ASC' } }));
      const draft: EntryDraft = {
        language: input.language ?? entry.language,
        parts,
        authors,
        priorAwards: input.priorAwards ?? entry.priorAwards,
        topicPrizes: input.topicPrizes ?? entry.topicPrizes,
      };
      this.assertNoIssues(
        draftIssues(
          draft,
          award.rules,
          award.topicPrizes.map((topic) => topic.code),
        ),
      );
      if (input.parts) {
        const maxPart = input.parts.length - 1;
        const orphaned = await manager
          .getRepository(EntryFile)
          .createQueryBuilder('file')
          .where('file.entry_id = :entryId AND file.part_index > :maxPart', { entryId, maxPart })
          .getCount();
        if (orphaned > 0) {
          throw new AppException('VALIDATION_FAILED', [
            {
              field: 'parts',
              code: 'PART_HAS_FILES',
              message: 'A removed part still has files: delete them first.',
            },
          ]);
        }
      }
      await manager.getRepository(Entry).update(
        { id: entryId },
        {
          categoryId: input.categoryId ?? entry.categoryId,
          title: input.title ?? entry.title,
          genre: input.genre !== undefined ? input.genre : entry.genre,
          language: draft.language,
          summary: input.summary !== undefined ? input.summary : entry.summary,
          priorAwards: draft.priorAwards,
          topicPrizes: draft.topicPrizes,
          version: entry.version + 1,
        },
      );
      if (input.parts) await replaceParts(manager, entryId, input.parts);
      if (input.authors) await replaceAuthors(manager, entryId, input.authors, userId);
    });
    return this.get(entryId);
  }

  /** Deletes a draft with its files; the files leave storage only after the rows are gone. */
  async remove(entryId: string): Promise<void> {
    const keys = await this.db.transaction(async (manager) => {
      const entry = await this.lockEditable(manager, entryId);
      if (!DELETABLE.has(entry.status)) throw new AppException('ENTRY_NOT_EDITABLE');
      const files = await manager.getRepository(EntryFile).findBy({ entryId: entry.id });
      await manager.getRepository(Entry).delete({ id: entry.id });
      return files.map((file) => file.storageKey);
    });
    await this.removeStored(keys);
  }

  async submit(entryId: string): Promise<EntryResponse> {
    const receipt = await this.db.transaction((manager) => this.submitWithin(manager, entryId));
    await this.mail.send(
      receiptMail({
        to: receipt.submitter.email,
        fullName: receipt.submitter.fullName,
        awardName: awardTitle(receipt.award),
        entryTitle: receipt.entry.title,
        receiptNumber: receipt.receiptNumber,
        submittedAt: receipt.submittedAt,
        files: receipt.files.map((file) => ({
          name: file.originalName,
          size: file.size,
          sha256: file.sha256,
        })),
      }),
    );
    return this.get(entryId);
  }

  /**
   * Checks every submission rule and gives the receipt number, inside the caller's transaction.
   * Forwarding a provincial winner goes through here too, so a forwarded work is refused and numbered
   * exactly as one the reporter submits.
   */
  async submitWithin(manager: EntityManager, entryId: string): Promise<SubmissionReceipt> {
    const { entry, award } = await this.lockChangeable(manager, entryId);
    // Submissions to one award are serialised, so two entries cannot both take an author's last slot.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `entries-submit:${award.id}`,
    ]);
    const parts = await manager
      .getRepository(EntryPart)
      .find({ where: { entryId }, order: { index: 'ASC' } });
    const authors = await manager
      .getRepository(EntryAuthor)
      .find({ where: { entryId }, order: { index: 'ASC' } });
    const files = await manager
      .getRepository(EntryFile)
      .find({ where: { entryId }, order: { createdAt: 'ASC' } });
    const draft: EntryDraft = {
      language: entry.language,
      parts,
      authors,
      priorAwards: entry.priorAwards,
      topicPrizes: entry.topicPrizes,
    };
    const issues = [
      ...draftIssues(
        draft,
        award.rules,
        award.topicPrizes.map((topic) => topic.code),
      ),
      ...submissionFileIssues(draft, files, true),
      ...authorBirthDateIssues(authors),
      ...authorLimitIssues(
        authors,
        await otherCountedAuthors(manager, award.id, entryId, authors),
        award.rules.maxEntriesPerAuthor,
      ),
      ...agencyConfirmationIssues(award.rules, await agencyConfirmationOf(manager, entry)),
    ];
    this.assertNoIssues(issues);

    let { receiptNumber, receiptSeq } = entry;
    if (!receiptNumber) {
      const [{ next }] = await manager.query(
        'SELECT COALESCE(MAX(receipt_seq), 0) + 1 AS next FROM entries WHERE award_id = $1',
        [award.id],
      );
      receiptSeq = Number(next);
      receiptNumber = `${award.year}-${award.id.slice(0, 4).toUpperCase()}-${String(receiptSeq).padStart(5, '0')}`;
    }
    // The receipt carries the moment the submission arrived, the same moment the window was judged at.
    const submittedAt = this.clock.arrival();
    await manager.getRepository(Entry).update(
      { id: entryId },
      {
        status: 'submitted',
        receiptNumber,
        receiptSeq,
        submittedAt,
        withdrawnAt: null,
        revisionDeadline: null,
        version: entry.version + 1,
      },
    );
    const submitter = await manager.getRepository(User).findOneByOrFail({ id: entry.submitterId });
    return { award, entry, files, submitter, receiptNumber, submittedAt };
  }

  async withdraw(entryId: string): Promise<EntryResponse> {
    await this.db.transaction(async (manager) => {
      const entry = await manager
        .getRepository(Entry)
        .findOne({ where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new AppException('ENTRY_NOT_FOUND');
      if (entry.status !== 'submitted') throw new AppException('ENTRY_NOT_SUBMITTED');
      const award = await manager.getRepository(Award).findOneByOrFail({ id: entry.awardId });
      this.assertNoIssues(submissionWindowIssues(award.status, award.rules, this.clock.arrival()));
      await manager
        .getRepository(Entry)
        .update(
          { id: entryId },
          { status: 'withdrawn', withdrawnAt: this.clock.now(), version: entry.version + 1 },
        );
    });
    return this.get(entryId);
  }

  /** Locks the entry row and checks the reporter may still change it. */
  async lockEditable(manager: EntityManager, entryId: string): Promise<Entry> {
    const entry = await manager
      .getRepository(Entry)
      .findOne({ where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw new AppException('ENTRY_NOT_FOUND');
    if (!EDITABLE.has(entry.status)) throw new AppException('ENTRY_NOT_EDITABLE');
    return entry;
  }

  /**
   * Locks an entry the reporter wants to change and checks the moment allows it: an open award before
   * its deadline, or — for a work the secretariat sent back — before the revision deadline, while
   * screening is still going on (award open or closed).
   */
  async lockChangeable(
    manager: EntityManager,
    entryId: string,
  ): Promise<{ entry: Entry; award: Award }> {
    const entry = await this.lockEditable(manager, entryId);
    if (entry.status !== 'needs_revision')
      return { entry, award: await this.openAward(manager, entry.awardId) };
    const award = await manager
      .getRepository(Award)
      .findOne({ where: { id: entry.awardId }, lock: { mode: 'pessimistic_read' } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    if (award.status !== 'open' && award.status !== 'closed')
      throw new AppException('AWARD_NOT_OPEN');
    if (entry.revisionDeadline && this.clock.arrival() > entry.revisionDeadline)
      throw new AppException('REVISION_DEADLINE_PASSED');
    return { entry, award };
  }

  /** The award, locked for share, if it accepted entries when the request arrived (server clock). */
  async openAward(manager: EntityManager, awardId: string): Promise<Award> {
    const award = await manager
      .getRepository(Award)
      .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_read' } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    this.assertNoIssues(submissionWindowIssues(award.status, award.rules, this.clock.arrival()));
    return award;
  }

  async removeStored(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage
        .remove(key)
        .catch((error: unknown) =>
          this.logger.error(`Could not remove stored file ${key}: ${(error as Error).message}`),
        );
    }
  }

  private assertNoIssues(issues: Parameters<typeof eligibilityException>[0]): void {
    if (issues.length > 0) throw eligibilityException(issues);
  }
}
