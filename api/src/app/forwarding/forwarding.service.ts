import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntryProvenance, ForwardResultResponse, ResultRow } from '@press-award/contracts';
import type { ForwardEntriesDto } from '@press-award/contracts/dto';
import { awardTitle, submissionWindowIssues, type EntryDraft } from '@press-award/domain';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { forwardedMail } from '../../infra/mail/templates';
import { FileStorage } from '../../infra/storage/file-storage';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { eligibilityException } from '../entries/eligibility-errors';
import { EntriesService, type SubmissionReceipt } from '../entries/entries.service';
import { EntryAuthor } from '../entries/entities/entry-author.entity';
import { EntryFile } from '../entries/entities/entry-file.entity';
import { EntryPart } from '../entries/entities/entry-part.entity';
import { Entry } from '../entries/entities/entry.entity';
import { EntryFilesService } from '../entries/files/entry-files.service';
import { ResultsService } from '../results/results.service';
import { copyStored } from './forwarded-file-copy';
import {
  assertAcceptable,
  declaredPrize,
  isForwardedTwice,
  targetCategory,
} from './forwarding-rules';

type Forwarded = ForwardResultResponse['forwarded'][number];
type Skipped = ForwardResultResponse['skipped'][number];

/**
 * Forwards a provincial award's winners to a national award: each chosen work becomes a submitted
 * entry of the national award, with its files copied, its provincial prize declared and its
 * provenance kept. Every work goes in its own transaction: one refusal never undoes the others.
 */
@Injectable()
export class ForwardingService {
  private readonly logger = new Logger(ForwardingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EntriesService,
    private readonly entryFiles: EntryFilesService,
    private readonly results: ResultsService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async forward(
    sourceAwardId: string,
    input: ForwardEntriesDto,
    actorId: string,
  ): Promise<ForwardResultResponse> {
    const tierCodes = input.tierCodes ?? [];
    const entryIds = input.entryIds ?? [];
    if (tierCodes.length === 0 && entryIds.length === 0)
      throw new AppException('FORWARD_NOTHING_CHOSEN');
    const source = await this.db.getRepository(Award).findOneBy({ id: sourceAwardId });
    if (!source) throw new AppException('AWARD_NOT_FOUND');
    if (source.status !== 'published') throw new AppException('FORWARD_SOURCE_NOT_PUBLISHED');
    const unknownTier = tierCodes.find(
      (code) => !source.prizeTiers.some((tier) => tier.code === code),
    );
    if (unknownTier)
      throw new AppException('PRIZE_TIER_UNKNOWN', [
        { field: 'tierCodes', code: 'PRIZE_TIER_UNKNOWN', message: unknownTier },
      ]);
    // An unknown target answers like a closed one: the caller learns nothing about awards they cannot see.
    const target =
      input.targetAwardId === source.id
        ? null
        : await this.db
            .getRepository(Award)
            .findOne({ where: { id: input.targetAwardId }, relations: { categories: true } });
    if (!target || target.level !== 'national' || target.status !== 'open')
      throw new AppException('FORWARD_TARGET_INVALID');
    const deadline = submissionWindowIssues(target.status, target.rules, this.clock.arrival());
    if (deadline.length > 0) throw eligibilityException(deadline);

    const winners = (await this.results.resultRows(source)).filter(
      (row) => row.standing === 'awarded',
    );
    const chosen = winners.filter(
      (row) =>
        (row.tierCode !== null && tierCodes.includes(row.tierCode)) ||
        entryIds.includes(row.entryId),
    );
    const skipped: Skipped[] = await this.notWinners(source.id, entryIds, chosen);
    const sources = chosen.length
      ? await this.db.getRepository(Entry).find({
          where: { id: In(chosen.map((row) => row.entryId)), awardId: source.id },
          relations: { parts: true, authors: true, files: true, category: true },
        })
      : [];
    const already: { forwarded_from_entry_id: string }[] = chosen.length
      ? await this.db.query(
          'SELECT forwarded_from_entry_id FROM entries WHERE award_id = $1 AND forwarded_from_entry_id = ANY($2::uuid[])',
          [target.id, chosen.map((row) => row.entryId)],
        )
      : [];

    const forwarded: Forwarded[] = [];
    for (const winner of chosen) {
      const entry = sources.find((candidate) => candidate.id === winner.entryId);
      try {
        if (!entry) throw new AppException('ENTRY_NOT_FOUND');
        if (already.some((row) => row.forwarded_from_entry_id === entry.id))
          throw new AppException('ENTRY_ALREADY_FORWARDED');
        const created = await this.forwardOne(source, target, winner, entry, actorId);
        forwarded.push({
          sourceEntryId: entry.id,
          entryId: created.entryId,
          title: entry.title,
          tierCode: winner.tierCode,
        });
        // The entry stands once committed; a failing outbox write must not report it as skipped.
        await this.notify(source, target, winner, created).catch((error: unknown) =>
          this.logger.error(
            `Forwarding mail for entry ${created.entryId} failed: ${(error as Error).message}`,
          ),
        );
      } catch (error) {
        if (!(error instanceof AppException))
          this.logger.error(
            `Forwarding entry ${winner.entryId} to award ${target.id} failed: ${(error as Error).stack ?? error}`,
          );
        skipped.push({
          sourceEntryId: winner.entryId,
          title: winner.entryTitle,
          code: error instanceof AppException ? error.code : 'INTERNAL_ERROR',
        });
      }
    }
    return { forwarded, skipped };
  }

  /** Named entries that are not a standing winner of the source award: skipped, titled only if they are its own. */
  private async notWinners(
    sourceAwardId: string,
    entryIds: string[],
    chosen: ResultRow[],
  ): Promise<Skipped[]> {
    const missing = entryIds.filter((id) => !chosen.some((row) => row.entryId === id));
    if (missing.length === 0) return [];
    const titles: { id: string; title: string }[] = await this.db.query(
      'SELECT id, title FROM entries WHERE award_id = $1 AND id = ANY($2::uuid[])',
      [sourceAwardId, missing],
    );
    return missing.map((id) => ({
      sourceEntryId: id,
      title: titles.find((row) => row.id === id)?.title ?? '',
      code: 'ENTRY_NOT_FOUND',
    }));
  }

  /**
   * Copies the files first (outside the transaction, so no lock waits on a 4 GB upload), then
   * writes the entry and submits it through the entries service in one transaction with the audit
   * entries of both awards. On any failure the copies are removed: nothing is left half-written.
   */
  private async forwardOne(
    source: Award,
    target: Award,
    winner: ResultRow,
    entry: Entry,
    actorId: string,
  ): Promise<{ entryId: string; receipt: SubmissionReceipt }> {
    const category = targetCategory(target, entry);
    const entryId = randomUUID();
    const parts = [...(entry.parts ?? [])].sort((a, b) => a.index - b.index);
    const authors = [...(entry.authors ?? [])].sort((a, b) => a.index - b.index);
    const files = [...(entry.files ?? [])]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((file) => {
        const id = randomUUID();
        return { file, id, storageKey: `entries/${entryId}/${id}` };
      });
    const draft: EntryDraft = {
      language: entry.language,
      parts,
      authors,
      priorAwards: [...entry.priorAwards, declaredPrize(source, winner)],
      // Topic prizes are the award's own: keep only the candidacies the national award offers.
      topicPrizes: entry.topicPrizes.filter((code) =>
        target.topicPrizes.some((topic) => topic.code === code),
      ),
    };
    assertAcceptable(this.entryFiles, target, category, draft, entry.files ?? []);

    const provenance: EntryProvenance = {
      awardId: source.id,
      awardName: awardTitle(source),
      entryId: entry.id,
      receiptNumber: entry.receiptNumber,
      tierCode: winner.tierCode,
      tierLabel: winner.tierLabel,
      forwardedAt: this.clock.now().toISOString(),
    };
    const copied: string[] = [];
    try {
      for (const copy of files) {
        copied.push(copy.storageKey);
        await copyStored(this.storage, this.entryFiles.tempDir, copy.file, copy.storageKey);
      }
      const receipt = await this.db.transaction(async (manager) => {
        await manager.getRepository(Entry).insert({
          id: entryId,
          awardId: target.id,
          categoryId: category.id,
          submitterId: entry.submitterId,
          status: 'draft',
          title: entry.title,
          genre: entry.genre,
          language: entry.language,
          summary: entry.summary,
          priorAwards: draft.priorAwards,
          topicPrizes: draft.topicPrizes,
          receiptNumber: null,
          receiptSeq: null,
          submittedAt: null,
          withdrawnAt: null,
          forwardedFromEntryId: entry.id,
          provenance,
        });
        if (parts.length)
          await manager.getRepository(EntryPart).insert(
            parts.map((part) => ({
              entryId,
              index: part.index,
              title: part.title,
              outlet: part.outlet,
              publishedAt: part.publishedAt,
              url: part.url,
            })),
          );
        if (authors.length) {
          await manager.getRepository(EntryAuthor).insert(
            authors.map((author) => ({
              entryId,
              index: author.index,
              userId: author.userId,
              fullName: author.fullName,
              normalizedName: author.normalizedName,
              penName: author.penName,
              role: author.role,
              organizationName: author.organizationName,
              email: author.email,
              dateOfBirth: author.dateOfBirth,
              overseas: author.overseas,
            })),
          );
        }
        if (files.length) {
          await manager.getRepository(EntryFile).insert(
            files.map(({ file, id, storageKey }) => ({
              id,
              entryId,
              kind: file.kind,
              partIndex: file.partIndex,
              storageKey,
              originalName: file.originalName,
              mimeType: file.mimeType,
              size: file.size,
              sha256: file.sha256,
              pageCount: file.pageCount,
              width: file.width,
              height: file.height,
              durationSeconds: file.durationSeconds,
              missingTools: file.missingTools,
              // When the bytes were received: keeps the files in the order the reporter gave them.
              createdAt: file.createdAt,
            })),
          );
        }
        // The same checks, lock and receipt sequence as a reporter's own submission.
        const submitted = await this.entries.submitWithin(manager, entryId);
        await this.audit.append(manager, {
          awardId: source.id,
          actorId,
          action: 'entry.forwarded',
          targetType: 'entry',
          targetId: entry.id,
          after: {
            targetAwardId: target.id,
            entryId,
            receiptNumber: submitted.receiptNumber,
            tierCode: winner.tierCode,
          },
        });
        await this.audit.append(manager, {
          awardId: target.id,
          actorId,
          action: 'entry.forwarded',
          targetType: 'entry',
          targetId: entryId,
          after: {
            provenance,
            receiptNumber: submitted.receiptNumber,
            categoryId: category.id,
            files: files.map((copy) => copy.file.sha256),
          },
        });
        return submitted;
      });
      return { entryId, receipt };
    } catch (error) {
      await this.entries.removeStored(copied);
      if (isForwardedTwice(error)) throw new AppException('ENTRY_ALREADY_FORWARDED');
      throw error;
    }
  }

  private async notify(
    source: Award,
    target: Award,
    winner: ResultRow,
    created: { entryId: string; receipt: SubmissionReceipt },
  ): Promise<void> {
    const { receipt } = created;
    await this.mail.send(
      forwardedMail({
        to: receipt.submitter.email,
        fullName: receipt.submitter.fullName,
        sourceAwardName: source.name,
        targetAwardName: target.name,
        entryTitle: receipt.entry.title,
        tierLabel: winner.tierLabel,
        receiptNumber: receipt.receiptNumber,
        files: receipt.files.map((file) => ({
          name: file.originalName,
          size: file.size,
          sha256: file.sha256,
        })),
        link: `${this.config.publicUrl}/entries/${created.entryId}`,
      }),
    );
  }
}
