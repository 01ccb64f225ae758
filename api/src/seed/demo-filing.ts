import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthorRole, MediaType } from '@press-award/contracts';
import type { PutCouncilDto } from '@press-award/contracts/dto';
import { normalizePersonName } from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { AwardsService } from '../app/awards/awards.service';
import { EntriesService } from '../app/entries/entries.service';
import { AdvancementService } from '../app/jury/advancement.service';
import { AssignmentsService } from '../app/jury/assignments.service';
import { BlindCodesService } from '../app/jury/blind-codes.service';
import { CouncilsService } from '../app/jury/councils.service';
import { RoundsService } from '../app/jury/rounds.service';
import { ScreeningService } from '../app/screening/screening.service';
import { Clock } from '../infra/clock/clock';
import { AppConfig } from '../infra/config/app-config';
import { FileStorage } from '../infra/storage/file-storage';
import { demoWorkFile } from './demo-files';

export interface DemoAuthor {
  fullName: string;
  penName: string;
  role?: AuthorRole;
  organizationName: string;
  dateOfBirth: string;
  userId?: string;
}

/** A published work as its reporter enters it: one part, its authors, its file. */
export interface DemoWork {
  /** The category code within the award. */
  category: string;
  title: string;
  outlet: string;
  publishedAt: string;
  authors: DemoAuthor[];
  submitterId: string;
  /** The organization's batch it is filed in (docs/agencies.md). */
  batchId?: string;
}

/** One minute between two submissions of the same batch, so receipts read in order. */
const MINUTE = 60_000;

/**
 * Files demo works the way reporters do: each becomes a draft with its part, authors and work file,
 * then is submitted through {@link EntriesService.submit} at a moment of the award's own timeline,
 * so every submission rule (window, deadline, files, works per author, birth dates) is applied and
 * the receipt is numbered and mailed as for a real entry. Only the upload itself is written
 * directly: the files are small and generated.
 */
@Injectable()
export class DemoFiling {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly entries: EntriesService,
    private readonly awards: AwardsService,
    private readonly codes: BlindCodesService,
    private readonly rounds: RoundsService,
    private readonly advancement: AdvancementService,
    private readonly assignments: AssignmentsService,
    private readonly councils: CouncilsService,
    private readonly screening: ScreeningService,
  ) {}

  /** At `moment` the award closes to submissions (its organizer's act). */
  close(moment: string, awardId: string, organizerId: string): Promise<unknown> {
    return Clock.replayAt(moment, () =>
      this.awards.changeStatus(awardId, { status: 'closed' }, organizerId),
    );
  }

  /** At `moment` every given entry is declared eligible in one confirmed screening decision. */
  declareEligible(
    moment: string,
    awardId: string,
    entryIds: string[],
    deciderId: string,
  ): Promise<unknown> {
    return Clock.replayAt(moment, () =>
      this.screening.decideMany(
        awardId,
        { decision: 'eligible', entryIds, confirmCount: entryIds.length },
        deciderId,
      ),
    );
  }

  /**
   * At `moment`: the award moves to judging, the secretariat codes the eligible entries and opens a
   * round of two judges per entry on the demo's rubric (content and craft, 5 each in steps of 0.25),
   * assigned automatically with a fixed seed so every load assigns the same way.
   */
  openRound(
    moment: string,
    input: {
      awardId: string;
      name: string;
      entryIds: string[];
      seed: number;
      organizerId: string;
      secretaryId: string;
      /** The round's council (hội đồng), set by the organizer before the round opens. */
      council?: PutCouncilDto;
    },
  ): Promise<{ id: string; name: string }> {
    return Clock.replayAt(moment, async () => {
      await this.awards.changeStatus(input.awardId, { status: 'judging' }, input.organizerId);
      await this.codes.issueCodes(input.awardId, input.secretaryId);
      const round = await this.rounds.createRound(input.awardId, {
        name: input.name,
        order: 1,
        judgesPerEntry: 2,
        rubric: {
          criteria: [
            { key: 'content', name: 'Nội dung, tư tưởng', maxScore: 5, step: 0.25 },
            { key: 'craft', name: 'Hình thức thể hiện', maxScore: 5, step: 0.25 },
          ],
        },
      });
      await this.advancement.addEntries(round.id, { entryIds: input.entryIds }, input.secretaryId);
      await this.assignments.autoAssign(round.id, { seed: input.seed }, input.secretaryId);
      if (input.council) await this.councils.putCouncil(round.id, input.council, input.organizerId);
      await this.rounds.changeRoundStatus(round.id, 'open', input.secretaryId);
      return round;
    });
  }

  /** Files and submits `works` from `firstAt` on; returns the entry ids in order (a work whose file cannot be made here is left out). */
  async fileAndSubmit(
    awardId: string,
    works: DemoWork[],
    firstAt: string,
  ): Promise<Map<DemoWork, string>> {
    const categories: { id: string; code: string; media_type: MediaType }[] = await this.db.query(
      'SELECT id, code, media_type FROM categories WHERE award_id = $1',
      [awardId],
    );
    const staging = join(resolve(this.config.STORAGE_ROOT), 'tmp');
    await mkdir(staging, { recursive: true });
    const filed = new Map<DemoWork, string>();
    for (const [index, work] of works.entries()) {
      const category = categories.find((candidate) => candidate.code === work.category);
      if (!category)
        throw new Error(
          `Demo work "${work.title}": no category ${work.category} in award ${awardId}`,
        );
      const lead = work.authors[0];
      const file = await demoWorkFile(
        category.media_type,
        work.title,
        lead?.fullName ?? '',
        lead?.organizationName ?? '',
        `${awardId.slice(0, 2)}-${index + 1}`,
      );
      if (!file) continue;
      const entryId = randomUUID();
      const fileId = randomUUID();
      const key = `entries/${entryId}/${fileId}`;
      const temp = join(staging, `demo-${fileId}`);
      await writeFile(temp, file.bytes);
      await this.storage.commit(temp, key, file.mimeType);
      await this.db.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO entries (id, award_id, category_id, submitter_id, status, title, language, batch_id) VALUES ($1, $2, $3, $4, 'draft', $5, 'vi', $6)`,
          [entryId, awardId, category.id, work.submitterId, work.title, work.batchId ?? null],
        );
        await manager.query(
          `INSERT INTO entry_parts (entry_id, index, title, outlet, published_at) VALUES ($1, 0, $2, $3, $4)`,
          [entryId, work.title, work.outlet, work.publishedAt],
        );
        for (const [authorIndex, author] of work.authors.entries()) {
          await manager.query(
            `INSERT INTO entry_authors (entry_id, index, user_id, full_name, normalized_name, pen_name, role, organization_name, date_of_birth)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              entryId,
              authorIndex,
              author.userId ?? null,
              author.fullName,
              normalizePersonName(author.fullName),
              author.penName,
              author.role ?? 'author',
              author.organizationName,
              author.dateOfBirth,
            ],
          );
        }
        await manager.query(
          `INSERT INTO entry_files (id, entry_id, kind, part_index, storage_key, original_name, mime_type, size, sha256)
           VALUES ($1, $2, 'work', 0, $3, $4, $5, $6, $7)`,
          [
            fileId,
            entryId,
            key,
            file.name,
            file.mimeType,
            file.bytes.length,
            createHash('sha256').update(file.bytes).digest('hex'),
          ],
        );
      });
      await Clock.replayAt(new Date(Date.parse(firstAt) + index * MINUTE), () =>
        this.entries.submit(entryId),
      );
      filed.set(work, entryId);
    }
    return filed;
  }
}
