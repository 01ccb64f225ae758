import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_TYPES,
  type DocumentFormat,
  type DocumentType,
} from '../documents';

/** The formats a generated document comes in; the registration form is a PDF (DOCX: not yet). */
export const REGISTRATION_FORM_FORMATS = ['pdf'] as const;

export class RegistrationFormQueryDto {
  @IsOptional()
  @IsIn(REGISTRATION_FORM_FORMATS)
  format: (typeof REGISTRATION_FORM_FORMATS)[number] = 'pdf';
}

/** GET /documents/:documentId?format=…: which of the document's formats (checked against its type). */
export class DocumentDownloadQueryDto {
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

/**
 * POST /awards/:awardId/documents. A round's documents name the round; a batch list names the batch.
 * `issuedOn` dates the document (and picks its numbering year); today in Vietnam when left out.
 */
export class CreateDocumentDto {
  @IsIn(DOCUMENT_TYPES)
  type!: DocumentType;

  @IsOptional()
  @IsUUID()
  roundId?: string;

  @IsOptional()
  @IsUUID()
  batchId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a calendar date YYYY-MM-DD' })
  issuedOn?: string;
}
