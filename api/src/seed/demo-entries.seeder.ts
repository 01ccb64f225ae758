import { execFileSync } from 'node:child_process';
import { randomUUID, createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizePersonName } from '@press-award/domain';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config';
import { FileStorage } from '../infra/storage/file-storage';
import { JuryService } from '../app/jury/jury.service';
import { JudgingService } from '../app/judging/judging.service';
import { DEMO_IDS } from './demo-data';

const SEEDER_ID = 'd0000000-0000-4000-8000-000000000001';
/** giamkhao1@demo.vn, who has started scoring in the demo. */
const FIRST_JUDGE_ID = 'd0000000-0000-4000-8000-000000000004';

interface DemoEntry {
  category: string;
  title: string;
  author: { fullName: string; penName: string; organizationName: string; dateOfBirth: string; userId?: string };
  outlet: string;
  publishedAt: string;
  file: () => Promise<{ bytes: Buffer; mimeType: string; name: string } | null>;
}

async function pdf(title: string, author: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  // The byline inside a work cannot be hidden; the metadata around it is removed for judges.
  document.setAuthor(normalizePersonName(author));
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= 2; page++) document.addPage([420, 595]).drawText(`${normalizePersonName(title).slice(0, 40)} - trang ${page}`, { x: 30, y: 540, font, size: 12 });
  return Buffer.from(await document.save());
}

function wav(seconds: number): Buffer {
  const data = Buffer.alloc(16_000 * 2 * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

async function mp4(): Promise<Buffer | null> {
  const dir = await mkdtemp(join(tmpdir(), 'demo-video-'));
  try {
    const out = join(dir, 'demo.mp4');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x180:rate=10', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-t', '3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-metadata', 'artist=Pham Van Hinh', out], { stdio: 'ignore' });
    return await readFile(out);
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Demo entries for the 5th national award, filed, screened, coded, assigned and partly scored, so
 * the screening queue, the assignment board and the judges' workspace have something to show. Runs
 * once, through the same services as real work (codes, projection, anonymisation jobs, assignment).
 */
@Injectable()
export class DemoEntriesSeeder {
  private readonly logger = new Logger(DemoEntriesSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly jury: JuryService,
    private readonly judging: JudgingService,
  ) {}

  async seed(): Promise<boolean> {
    const awardId = DEMO_IDS.nationalAward;
    const existing: unknown[] = await this.db.query('SELECT 1 FROM entries WHERE award_id = $1 LIMIT 1', [awardId]);
    if (existing.length) return false;
    const categories: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM categories WHERE award_id = $1', [awardId]);
    const categoryId = (code: string) => categories.find((category) => category.code === code)?.id;
    const entries: DemoEntry[] = [
      { category: 'IN1', title: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ', author: { fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung', organizationName: 'Báo Bình Định', dateOfBirth: '1985-03-08', userId: 'd0000000-0000-4000-8000-000000000008' }, outlet: 'Báo Bình Định', publishedAt: '2020-05-19', file: async () => ({ bytes: await pdf('Ngan chan suy thoai', 'Dang Thi Hong Nhung'), mimeType: 'application/pdf', name: 'bao-in-so-123.pdf' }) },
      { category: 'DT', title: 'Đảng viên trẻ ở vùng biên', author: { fullName: 'Trương Minh Đức', penName: 'Minh Đức', organizationName: 'Đài PT-TH Bình Định', dateOfBirth: '1990-02-03', userId: 'd0000000-0000-4000-8000-000000000009' }, outlet: 'binhdinhtv.vn', publishedAt: '2020-08-02', file: async () => ({ bytes: await pdf('Dang vien tre', 'Truong Minh Duc'), mimeType: 'application/pdf', name: 'ban-chup-bai-dang.pdf' }) },
      { category: 'AN', title: 'Bí thư chi bộ giữa mùa lũ', author: { fullName: 'Nguyễn Văn Ảnh', penName: 'Văn Ảnh', organizationName: 'Báo Ảnh Việt Nam', dateOfBirth: '1978-11-20' }, outlet: 'Báo Ảnh Việt Nam', publishedAt: '2020-10-21', file: async () => ({ bytes: await sharp({ create: { width: 640, height: 427, channels: 3, background: '#8a1c1c' } }).withExif({ IFD0: { Artist: 'Nguyen Van Anh', Copyright: 'Bao Anh Viet Nam' } }).jpeg().toBuffer(), mimeType: 'image/jpeg', name: 'anh-bi-thu.jpg' }) },
      { category: 'PT', title: 'Chuyện người giữ lửa ở chi bộ thôn', author: { fullName: 'Lê Thị Phát', penName: 'Thu Phát', organizationName: 'Đài Tiếng nói Việt Nam', dateOfBirth: '1982-07-14' }, outlet: 'VOV1', publishedAt: '2020-06-30', file: async () => ({ bytes: wav(4), mimeType: 'audio/wav', name: 'phong-su-phat-thanh.wav' }) },
      { category: 'TH', title: 'Chính quyền gần dân hơn', author: { fullName: 'Phạm Văn Hình', penName: 'Văn Hình', organizationName: 'Đài PT-TH Bình Định', dateOfBirth: '1975-01-09' }, outlet: 'BTV1', publishedAt: '2020-09-02', file: async () => { const bytes = await mp4(); return bytes ? { bytes, mimeType: 'video/mp4', name: 'phong-su-truyen-hinh.mp4' } : null; } },
    ];
    const submitter = 'd0000000-0000-4000-8000-000000000008';
    const entryIds: string[] = [];
    const staging = join(resolve(this.config.STORAGE_ROOT), 'tmp');
    await mkdir(staging, { recursive: true });
    for (const [index, demo] of entries.entries()) {
      const category = categoryId(demo.category);
      const file = await demo.file();
      if (!category || !file) continue;
      const entryId = randomUUID();
      await this.db.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO entries (id, award_id, category_id, submitter_id, status, title, language, receipt_number, receipt_seq, submitted_at)
           VALUES ($1, $2, $3, $4, 'eligible', $5, 'vi', $6, $7, '2020-11-05T09:00:00+07:00')`,
          [entryId, awardId, category, submitter, demo.title, `2020-5A00-${String(index + 1).padStart(5, '0')}`, index + 1],
        );
        await manager.query(`INSERT INTO entry_parts (entry_id, index, title, outlet, published_at) VALUES ($1, 0, $2, $3, $4)`, [entryId, demo.title, demo.outlet, demo.publishedAt]);
        await manager.query(
          `INSERT INTO entry_authors (entry_id, index, user_id, full_name, normalized_name, pen_name, role, organization_name, date_of_birth)
           VALUES ($1, 0, $2, $3, $4, $5, 'author', $6, $7)`,
          [entryId, demo.author.userId ?? null, demo.author.fullName, normalizePersonName(demo.author.fullName), demo.author.penName, demo.author.organizationName, demo.author.dateOfBirth],
        );
        const fileId = randomUUID();
        const key = `entries/${entryId}/${fileId}`;
        const temp = join(staging, `demo-${fileId}`);
        await writeFile(temp, file.bytes);
        await this.storage.commit(temp, key, file.mimeType);
        await manager.query(
          `INSERT INTO entry_files (id, entry_id, kind, part_index, storage_key, original_name, mime_type, size, sha256)
           VALUES ($1, $2, 'work', 0, $3, $4, $5, $6, $7)`,
          [fileId, entryId, key, file.name, file.mimeType, file.bytes.length, createHash('sha256').update(file.bytes).digest('hex')],
        );
      });
      entryIds.push(entryId);
    }
    await this.jury.issueCodes(awardId, SEEDER_ID);
    const round = await this.jury.createRound(awardId, {
      name: 'Vòng sơ khảo',
      order: 1,
      judgesPerEntry: 2,
      rubric: { criteria: [{ key: 'content', name: 'Nội dung, tư tưởng', maxScore: 5, step: 0.25 }, { key: 'craft', name: 'Hình thức thể hiện', maxScore: 5, step: 0.25 }] },
    });
    await this.jury.addEntries(round.id, { entryIds }, SEEDER_ID);
    await this.jury.autoAssign(round.id, { seed: 2020 }, SEEDER_ID);
    await this.jury.changeRoundStatus(round.id, 'open', SEEDER_ID);
    // One judge has started: a submitted sheet and a draft.
    const [first, second] = await this.judging.assignments(FIRST_JUDGE_ID);
    if (first) await this.judging.saveSheet(FIRST_JUDGE_ID, first.id, { scores: { content: 4.5, craft: 4.25 }, comment: 'Đề tài thiết thực, cách thể hiện sinh động.', submit: true });
    if (second) await this.judging.saveSheet(FIRST_JUDGE_ID, second.id, { scores: { content: 3.75 } });
    this.logger.log(`Demo entries: ${entryIds.length} filed, coded and assigned in "${round.name}"`);
    return true;
  }
}
