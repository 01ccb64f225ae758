import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../infra/config/app-config';
import { JobQueue } from '../../../infra/jobs/job-queue';
import { anonymize, extensionFor } from '../../../infra/media/anonymizer';
import { FileStorage } from '../../../infra/storage/file-storage';
import { EntryFile } from '../../entries/entities/entry-file.entity';
import { Entry } from '../../entries/entities/entry.entity';
import { JudgingEntry } from '../entities/judging-entry.entity';
import { JudgingFile } from '../entities/judging-file.entity';

export const ANONYMIZE_QUEUE = 'anonymize-file';

/**
 * The one way into the judges' read model, and the only judging code allowed to read the identifying
 * entities (entries, their files). It copies what a judge may know into judging_entries and makes an
 * anonymised copy of each file into judging_files; everything judges reach reads those tables alone.
 * A lint rule (eslint.config.mjs in api/) keeps every other file under judging/ from importing the
 * entries or users entities.
 */
@Injectable()
export class JudgingProjection implements OnModuleInit {
  private readonly logger = new Logger(JudgingProjection.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ judgingFileId: string }>(ANONYMIZE_QUEUE, (data) =>
      this.anonymizeFile(data.judgingFileId),
    );
  }

  /**
   * Copies coded entries into the judges' read model and queues an anonymised copy of each file.
   * Runs inside the caller's transaction; returns the files to queue once it commits.
   */
  async project(manager: EntityManager, entryIds: string[]): Promise<string[]> {
    if (!entryIds.length) return [];
    const entries = await manager.getRepository(Entry).find({
      where: { id: In(entryIds) },
      relations: { parts: true, category: true, files: true },
    });
    const queued: string[] = [];
    for (const entry of entries) {
      if (!entry.code || !entry.category) continue;
      await manager.getRepository(JudgingEntry).upsert(
        {
          entryId: entry.id,
          awardId: entry.awardId,
          code: entry.code,
          title: entry.title,
          categoryId: entry.categoryId,
          categoryName: entry.category.name,
          mediaType: entry.category.mediaType,
          genre: entry.genre,
          language: entry.language,
          parts: [...(entry.parts ?? [])]
            .sort((a, b) => a.index - b.index)
            .map((part) => ({ title: part.title, publishedAt: part.publishedAt })),
        },
        ['entryId'],
      );
      const known = new Set(
        (
          await manager
            .getRepository(JudgingFile)
            .find({ where: { entryId: entry.id }, select: { sourceFileId: true } })
        ).map((file) => file.sourceFileId),
      );
      const files = [...(entry.files ?? [])].sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
      );
      let seq = known.size;
      for (const file of files.filter((candidate) => !known.has(candidate.id))) {
        const row = await manager.getRepository(JudgingFile).save({
          entryId: entry.id,
          sourceFileId: file.id,
          seq: ++seq,
          kind: file.kind,
          mimeType: file.mimeType,
          size: null,
          storageKey: null,
          status: 'pending' as const,
          flagReason: null,
        });
        queued.push(row.id);
      }
    }
    return queued;
  }

  async queue(judgingFileIds: string[]): Promise<void> {
    for (const judgingFileId of judgingFileIds)
      await this.jobs.send(ANONYMIZE_QUEUE, { judgingFileId }, judgingFileId);
  }

  /** The job: make the anonymised copy of one file (idempotent: a ready copy is left alone). */
  async anonymizeFile(judgingFileId: string): Promise<void> {
    const file = await this.db.getRepository(JudgingFile).findOneBy({ id: judgingFileId });
    if (!file || file.status === 'ready') return;
    const source = await this.db
      .getRepository(EntryFile)
      .findOneByOrFail({ id: file.sourceFileId });
    const dir = join(resolve(this.config.STORAGE_ROOT), 'tmp');
    await mkdir(dir, { recursive: true });
    const input = join(dir, `judging-in-${randomUUID()}.${extensionFor(source.mimeType)}`);
    const output = join(dir, `judging-out-${randomUUID()}.${extensionFor(source.mimeType)}`);
    const tools = {
      ffmpeg: this.config.FFMPEG_PATH,
      ffprobe: this.config.FFPROBE_PATH,
      ghostscript: this.config.GHOSTSCRIPT_PATH,
      maxPixels: this.config.IMAGE_MAX_PIXELS,
    };
    try {
      await pipeline(await this.storage.read(source.storageKey), createWriteStream(input));
      const outcome = await anonymize(input, output, source.mimeType, source.size, tools);
      if (outcome.status === 'flagged') {
        this.logger.warn(`Judging file ${file.id} flagged: ${outcome.reason}`);
        await this.db
          .getRepository(JudgingFile)
          .update({ id: file.id }, { status: 'flagged', flagReason: outcome.reason });
        return;
      }
      const key = `judging/${file.entryId}/${file.id}`;
      const size = (await stat(output)).size;
      await this.storage.commit(output, key, source.mimeType);
      await this.db
        .getRepository(JudgingFile)
        .update({ id: file.id }, { status: 'ready', storageKey: key, size, flagReason: null });
    } catch (error) {
      // A copy that cannot be made is never silent: the judge sees it is unavailable, the
      // secretariat sees why in screening, and no retry loop hides it.
      this.logger.error(`Judging file ${file.id} failed: ${(error as Error).message}`);
      await this.db
        .getRepository(JudgingFile)
        .update({ id: file.id }, { status: 'failed', flagReason: 'ANONYMIZE_FAILED' });
    } finally {
      await rm(input, { force: true });
      await rm(output, { force: true });
    }
  }
}
