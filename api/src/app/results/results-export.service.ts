import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwardStatus, ResultExportFormat, UiLanguage } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { Award } from '../awards/entities/award.entity';
import { nfc, resultsFileNames, type DownloadFile } from './export-format';
import { normalizeRow, type ExportContext } from './results-export-context';
import { buildCsv } from './results-export-csv';
import { PdfRenderPool } from './pdf/pdf-render-pool';
import { officialListInput } from './results-export-pdf';
import { buildXlsx } from './results-export-xlsx';
import { RESULTS_LABELS } from './results-labels';
import { ResultsService } from './results.service';

/** Organizers prepare the ceremony from the decided list, so exports open as soon as judging starts. */
const EXPORTABLE_STATUSES: ReadonlySet<AwardStatus> = new Set(['judging', 'decided', 'published']);

const CONTENT_TYPES: Record<ResultExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * The organizer's results files: spreadsheet, CSV and the official PDF list. All three are built from
 * `ResultsService.resultRows`, the same rows the web app shows, so their numbers always agree.
 */
@Injectable()
export class ResultsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: ResultsService,
    private readonly clock: Clock,
    private readonly pdf: PdfRenderPool,
  ) {}

  async export(
    awardId: string,
    format: ResultExportFormat,
    lang: UiLanguage,
  ): Promise<DownloadFile> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    if (!EXPORTABLE_STATUSES.has(award.status))
      throw new AppException('RESULTS_EXPORT_NOT_AVAILABLE');
    const categories: { name: string }[] = await this.db.query(
      'SELECT name FROM categories WHERE award_id = $1 ORDER BY sort_order, name',
      [awardId],
    );
    const context: ExportContext = {
      award,
      rows: (await this.results.resultRows(award)).map(normalizeRow),
      categories: [...new Set(categories.map((category) => nfc(category.name)))],
      lang,
      labels: RESULTS_LABELS[lang],
      exportedAt: this.clock.now(),
    };
    const body =
      format === 'xlsx'
        ? await buildXlsx(context)
        : format === 'csv'
          ? buildCsv(context)
          : await this.pdf.render({ kind: 'official-list', input: officialListInput(context) });
    return {
      body,
      contentType: CONTENT_TYPES[format],
      ...resultsFileNames(award, context.labels, format),
    };
  }
}
