import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UiLanguage } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { Award } from '../awards/entities/award.entity';
import { certificateIssuer, certificateNumbers } from './certificate-issuer';
import type { CertificateRow } from './certificate-pdf';
import { certificateFileNames, type DownloadFile } from './export-format';
import { PdfRenderPool } from './pdf/pdf-render-pool';
import { RESULTS_LABELS } from './results-labels';

/**
 * The winner's certificate (giấy chứng nhận): one A4 landscape page, only once the results are
 * published and only for a prize that still stands; a revoked prize or withdrawn work has none.
 */
@Injectable()
export class CertificateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly pdf: PdfRenderPool,
  ) {}

  async certificate(entryId: string, lang: UiLanguage): Promise<DownloadFile> {
    const rows: CertificateRow[] = await this.db.query(
      `SELECT e.id, e.award_id, e.title, e.code, e.receipt_number, c.name AS category_name,
              a.name AS award_name, a.edition AS award_edition, a.year AS award_year, a.organizer_name, a.level AS award_level, a.place AS award_place, a.status AS award_status, a.published_at, a.prize_tiers, a.topic_prizes AS award_topic_prizes,
              p.tier_code, p.topic_prizes, p.standing,
              (SELECT json_agg(json_build_object('fullName', au.full_name, 'penName', au.pen_name, 'role', au.role, 'organizationName', au.organization_name) ORDER BY au.index)
                 FROM entry_authors au WHERE au.entry_id = e.id) AS authors
         FROM entries e JOIN awards a ON a.id = e.award_id JOIN categories c ON c.id = e.category_id
         LEFT JOIN prize_decisions p ON p.entry_id = e.id AND p.award_id = e.award_id
        WHERE e.id = $1`,
      [entryId],
    );
    const row = rows[0];
    const topicCodes = row?.topic_prizes ?? [];
    if (
      !row ||
      row.award_status !== 'published' ||
      row.standing !== 'awarded' ||
      (!row.tier_code && topicCodes.length === 0)
    ) {
      throw new AppException('CERTIFICATE_NOT_AVAILABLE');
    }
    const labels = RESULTS_LABELS[lang];
    const names = certificateFileNames(
      { id: row.id, receiptNumber: row.receipt_number, code: row.code },
      labels,
    );
    const award = await this.db.getRepository(Award).findOneByOrFail({ id: row.award_id });
    const numbers = await certificateNumbers(this.db, award);
    const body = await this.pdf.render({
      kind: 'certificate',
      input: {
        row,
        issuer: certificateIssuer(award, numbers.works.get(row.id)),
        lang,
        now: this.clock.now(),
      },
    });
    return { body, contentType: 'application/pdf', ...names };
  }
}
