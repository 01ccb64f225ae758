import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { vietnamCalendarDate } from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { BatchesService } from '../app/agencies/batches.service';
import { AppConfig } from '../infra/config/app-config';
import { DEMO_IDS, DEMO_PEOPLE, GIA_LAI_PRESS } from './demo-people';
import { demoWorkFile } from './demo-files';
import { DemoFiling, type DemoWork } from './demo-filing';

const DAY = 86_400_000;

/**
 * The open Gia Lai call's batch from the province's press agency (Báo và Phát thanh, Truyền hình Gia
 * Lai, one agency since the 2025 merger): two works by its reporters, filed by the agency's account
 * with its covering letter, then submitted — through the real services, so the letter is checked as
 * any upload is. The agency is real; the people and works are the demo's own.
 */
@Injectable()
export class DemoAgencySeeder {
  private readonly logger = new Logger(DemoAgencySeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly batches: BatchesService,
    private readonly filing: DemoFiling,
  ) {}

  async seed(): Promise<boolean> {
    const agencyId = DEMO_PEOPLE.agency;
    const existing: unknown[] = await this.db.query('SELECT 1 FROM batches WHERE owner_id = $1', [
      agencyId,
    ]);
    if (existing.length) return false;
    const awardId = DEMO_IDS.openAward;
    const now = Date.now();
    const batch = await this.batches.create(awardId, { title: 'Đợt 1' }, agencyId);

    // The letter, a PDF like any scan: written to the staging folder and ingested with every check.
    const letter = await demoWorkFile(
      'print',
      'Công văn số 112/CV-BPTTH về việc gửi tác phẩm dự Giải báo chí về xây dựng Đảng',
      GIA_LAI_PRESS,
      GIA_LAI_PRESS,
      'cv-112',
    );
    if (!letter) throw new Error('Demo covering letter: no PDF could be made');
    const staging = join(resolve(this.config.STORAGE_ROOT), 'tmp');
    await mkdir(staging, { recursive: true });
    const tempPath = join(staging, `demo-letter-${randomUUID()}`);
    await writeFile(tempPath, letter.bytes);
    await this.batches.ingestLetter(
      batch.id,
      agencyId,
      {
        tempPath,
        size: letter.bytes.length,
        sha256: createHash('sha256').update(letter.bytes).digest('hex'),
        sniffedMime: letter.mimeType,
        originalName: 'Cong van 112-CV-BPTTH.pdf',
      },
      { number: '112/CV-BPTTH', issuedOn: vietnamCalendarDate(new Date(now - DAY)) },
    );

    const day = (offset: number) => vietnamCalendarDate(new Date(now + offset * DAY));
    const works: DemoWork[] = [
      {
        category: 'IN',
        title: 'Chi bộ bản làng giữ rừng đầu nguồn',
        outlet: GIA_LAI_PRESS,
        publishedAt: day(-40),
        authors: [
          {
            fullName: 'Rơ Châm Hlin',
            penName: 'Hlin',
            organizationName: GIA_LAI_PRESS,
            dateOfBirth: '1989-04-12',
          },
        ],
        submitterId: agencyId,
        batchId: batch.id,
      },
      {
        category: 'IN',
        title: 'Người bí thư chi bộ nơi vành đai biên giới',
        outlet: GIA_LAI_PRESS,
        publishedAt: day(-25),
        authors: [
          {
            fullName: 'Nguyễn Văn Tâm',
            penName: 'Văn Tâm',
            organizationName: GIA_LAI_PRESS,
            dateOfBirth: '1979-09-01',
          },
          {
            fullName: 'Lê Thị Mai',
            penName: 'Mai Lê',
            role: 'co_author',
            organizationName: GIA_LAI_PRESS,
            dateOfBirth: '1994-02-17',
          },
        ],
        submitterId: agencyId,
        batchId: batch.id,
      },
    ];
    await this.filing.fileAndSubmit(awardId, works, new Date(now - 60 * 60_000).toISOString());
    this.logger.log(
      `Demo: ${GIA_LAI_PRESS} filed a batch of ${works.length} entries with its letter`,
    );
    return true;
  }
}
