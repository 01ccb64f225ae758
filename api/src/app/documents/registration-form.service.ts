import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { Award } from '../awards/entities/award.entity';
import { Category } from '../awards/entities/category.entity';
import { EntryAuthor } from '../entries/entities/entry-author.entity';
import { EntryPart } from '../entries/entities/entry-part.entity';
import { Entry } from '../entries/entities/entry.entity';
import { asciiToken, safeDisplayName, type DownloadFile } from '../results/export-format';
import { PdfRenderPool } from '../results/pdf/pdf-render-pool';

/**
 * The phiếu đăng ký of an entry, filled from the entry as registered (PDF, built in the PDF worker).
 * Who may have it is the route's rule (`entry:read`: the submitter and the award's staff).
 */
@Injectable()
export class RegistrationFormService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pdf: PdfRenderPool,
  ) {}

  async registrationForm(entryId: string): Promise<DownloadFile> {
    const entry = await this.db.getRepository(Entry).findOneBy({ id: entryId });
    if (!entry) throw new AppException('ENTRY_NOT_FOUND');
    const [award, category, parts, authors] = await Promise.all([
      this.db.getRepository(Award).findOneByOrFail({ id: entry.awardId }),
      this.db.getRepository(Category).findOneByOrFail({ id: entry.categoryId }),
      this.db.getRepository(EntryPart).find({ where: { entryId }, order: { index: 'ASC' } }),
      this.db.getRepository(EntryAuthor).find({ where: { entryId }, order: { index: 'ASC' } }),
    ]);
    const body = await this.pdf.render({
      kind: 'registration-form',
      input: {
        award: {
          name: award.name,
          edition: award.edition,
          year: award.year,
          level: award.level,
          place: award.place ?? null,
          organizerName: award.organizerName ?? null,
        },
        entry: {
          title: entry.title,
          categoryName: category.name,
          mediaType: category.mediaType,
          genre: entry.genre,
          language: entry.language,
          summary: entry.summary,
          receiptNumber: entry.receiptNumber,
          datedAt: entry.submittedAt ?? entry.updatedAt,
          submitted: !!entry.submittedAt,
        },
        parts: parts.map((part) => ({
          title: part.title,
          outlet: part.outlet,
          publishedAt: part.publishedAt,
          url: part.url,
        })),
        authors: authors.map((author) => ({
          fullName: author.fullName,
          penName: author.penName,
          role: author.role,
          dateOfBirth: author.dateOfBirth,
          organizationName: author.organizationName,
        })),
      },
    });
    const reference = entry.receiptNumber ?? entry.id.slice(0, 8);
    return {
      body,
      contentType: 'application/pdf',
      asciiName: `phieu-dang-ky-${asciiToken(reference, 60) || entry.id.slice(0, 8)}.pdf`,
      displayName: `Phiếu đăng ký ${safeDisplayName(reference) || entry.id.slice(0, 8)}.pdf`,
    };
  }
}
