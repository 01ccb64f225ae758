import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DocumentFormat,
  DocumentType,
  GeneratedDocumentResponse,
} from '@press-award/contracts';
import type { CreateDocumentDto } from '@press-award/contracts/dto';
import {
  documentReference,
  effectiveInstitution,
  issuerKey,
  issuingPlace,
  vietnamCalendarDate,
} from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { asciiToken, safeDisplayName, type DownloadFile } from '../results/export-format';
import { PdfRenderPool } from '../results/pdf/pdf-render-pool';
import type { DocumentAward } from './document-models';
import { DocumentSources, type DocumentSource } from './document-sources';
import { buildPartyDocumentDocx } from './party-document-docx';
import type { PartyDocumentModel } from './party-document';
import { buildPaymentListXlsx } from './payment-list-xlsx';

/** The formats of each kind of document; the first is the one whose hash is recorded. */
const FORMATS: Record<DocumentType, DocumentFormat[]> = {
  council_decision: ['pdf', 'docx'],
  round_minutes: ['pdf', 'docx'],
  prize_proposal: ['pdf', 'docx'],
  prize_decision: ['pdf', 'docx'],
  payment_list: ['xlsx', 'pdf'],
  batch_list: ['pdf', 'docx'],
};

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface DocumentRow {
  id: string;
  award_id: string;
  type: DocumentType;
  number: number;
  reference: string;
  title: string;
  issued_on: string;
  round_id: string | null;
  batch_id: string | null;
  snapshot_hash: string | null;
  sha256: string;
  model: PartyDocumentModel;
  created_by: string | null;
  created_at: Date;
}

/**
 * The numbered documents of an award (docs/documents.md): built from its records, numbered per issuing
 * body and year (never a number twice: the counter only goes up, and a failed generation rolls back
 * with its number unused), recorded with the hash of their bytes in the audit chain, and rebuilt from
 * the stored model on every download — the same bytes each time.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pdf: PdfRenderPool,
    private readonly sources: DocumentSources,
  ) {}

  async list(awardId: string): Promise<GeneratedDocumentResponse[]> {
    const rows: DocumentRow[] = await this.db.query(
      `SELECT id, award_id, type, number, reference, title, issued_on::text AS issued_on, round_id, batch_id,
              snapshot_hash, sha256, created_by, created_at, NULL AS model
         FROM generated_documents WHERE award_id = $1 ORDER BY created_at DESC, number DESC`,
      [awardId],
    );
    return rows.map(toResponse);
  }

  async create(
    awardId: string,
    input: CreateDocumentDto,
    actorId: string,
  ): Promise<GeneratedDocumentResponse> {
    const award = await this.db.getRepository(Award).findOneByOrFail({ id: awardId });
    const institution = effectiveInstitution(award);
    const documentAward: DocumentAward = {
      name: award.name,
      edition: award.edition,
      year: award.year,
      organizerName: award.organizerName,
      place: issuingPlace(award),
      institution,
    };
    const built: DocumentSource = await this.sources.build(award, documentAward, input);
    const issuedOn =
      input.issuedOn ?? built.defaultIssuedOn ?? vietnamCalendarDate(this.clock.arrival());
    const year = Number(issuedOn.slice(0, 4));
    const key = issuerKey(institution);
    const formats = FORMATS[input.type];

    const row = await this.db.transaction(async (manager) => {
      const [{ last_number: number }]: { last_number: number }[] = await manager.query(
        `INSERT INTO document_counters (issuer_key, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (issuer_key, year) DO UPDATE SET last_number = document_counters.last_number + 1
         RETURNING last_number`,
        [key, year],
      );
      const reference = documentReference(number, input.type, institution.symbol);
      const model = built.model(reference, issuedOn);
      const bytes = await this.render(model, formats[0]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const [inserted]: DocumentRow[] = await manager.query(
        `INSERT INTO generated_documents
           (award_id, type, issuer_key, year, number, reference, title, issued_on, round_id, batch_id, snapshot_hash, sha256, model, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         RETURNING id, award_id, type, number, reference, title, issued_on::text AS issued_on, round_id, batch_id,
                   snapshot_hash, sha256, created_by, created_at`,
        [
          awardId,
          input.type,
          key,
          year,
          number,
          reference,
          built.title,
          issuedOn,
          input.roundId ?? null,
          input.batchId ?? null,
          built.snapshotHash,
          sha256,
          JSON.stringify(model),
          actorId,
        ],
      );
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'document.generated',
        targetType: 'document',
        targetId: inserted.id,
        after: {
          type: input.type,
          reference,
          issuedOn,
          format: formats[0],
          sha256,
          snapshotHash: built.snapshotHash,
          roundId: input.roundId ?? null,
          batchId: input.batchId ?? null,
        },
      });
      return inserted;
    });
    return toResponse(row);
  }

  /** The document's bytes in one of its formats, rebuilt from its stored model. */
  async download(documentId: string, format: DocumentFormat | undefined): Promise<DownloadFile> {
    const [row]: DocumentRow[] = await this.db.query(
      `SELECT id, award_id, type, number, reference, title, issued_on::text AS issued_on, model
         FROM generated_documents WHERE id = $1`,
      [documentId],
    );
    if (!row) throw new AppException('DOCUMENT_NOT_FOUND');
    const chosen = format ?? FORMATS[row.type][0];
    if (!FORMATS[row.type].includes(chosen)) throw new AppException('DOCUMENT_FORMAT_UNAVAILABLE');
    const body = Buffer.from(await this.render(row.model, chosen));
    const name = `${row.reference} ${row.title}`;
    return {
      body,
      contentType: CONTENT_TYPES[chosen],
      asciiName: `${asciiToken(name, 80) || row.id.slice(0, 8)}.${chosen}`,
      displayName: `${safeDisplayName(name) || row.id.slice(0, 8)}.${chosen}`,
    };
  }

  async awardOfDocument(documentId: string): Promise<string | null> {
    const rows: { award_id: string }[] = await this.db.query(
      'SELECT award_id FROM generated_documents WHERE id = $1',
      [documentId],
    );
    return rows[0]?.award_id ?? null;
  }

  private async render(model: PartyDocumentModel, format: DocumentFormat): Promise<Uint8Array> {
    if (format === 'pdf') return this.pdf.render({ kind: 'party-document', input: model });
    if (format === 'docx') return buildPartyDocumentDocx(model);
    return buildPaymentListXlsx(model);
  }
}

function toResponse(row: DocumentRow): GeneratedDocumentResponse {
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    reference: row.reference,
    title: row.title,
    issuedOn: row.issued_on,
    roundId: row.round_id,
    batchId: row.batch_id,
    formats: FORMATS[row.type],
    sha256: row.sha256,
    snapshotHash: row.snapshot_hash,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
