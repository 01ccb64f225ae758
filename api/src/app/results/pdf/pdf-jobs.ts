import { buildBatchList, type BatchListInput } from '../../agencies/batch-list-pdf';
import {
  buildRegistrationForm,
  type RegistrationFormInput,
} from '../../documents/registration-form-pdf';
import { buildPartyDocumentPdf, type PartyDocumentModel } from '../../documents/party-document';
import { buildCertificate, type CertificateInput } from '../certificate-pdf';
import {
  buildCollectiveCertificate,
  type CollectiveCertificateInput,
} from '../collective-certificate-pdf';
import { buildPdf, type OfficialListInput } from '../results-export-pdf';

/**
 * The documents the PDF worker builds. A job is plain data (structured clone): no entities, no labels
 * (they hold functions; each builder looks them up by language), no fonts (loaded in the worker).
 */
export type PdfJob =
  | { kind: 'official-list'; input: OfficialListInput }
  | { kind: 'certificate'; input: CertificateInput }
  | { kind: 'collective-certificate'; input: CollectiveCertificateInput }
  | { kind: 'registration-form'; input: RegistrationFormInput }
  | { kind: 'party-document'; input: PartyDocumentModel }
  | { kind: 'batch-list'; input: BatchListInput };

/** Builds one job's document: in the worker, and in-process only to compare the two (tests). */
export async function runPdfJob(job: PdfJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'official-list':
      return buildPdf(job.input);
    case 'certificate':
      return buildCertificate(job.input);
    case 'collective-certificate':
      return buildCollectiveCertificate(job.input);
    case 'registration-form':
      return buildRegistrationForm(job.input);
    case 'party-document':
      return buildPartyDocumentPdf(job.input);
    case 'batch-list':
      return buildBatchList(job.input);
    default:
      throw new Error(`Unknown PDF job: ${String((job as { kind?: unknown }).kind)}`);
  }
}

/** Main thread → worker. */
export interface PdfJobRequest {
  id: number;
  job: PdfJob;
}

/** Worker → main thread: the document's bytes, or the error as plain data (code, message, stack). */
export type PdfJobReply =
  | { id: number; ok: true; bytes: Uint8Array; threadId: number }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; stack?: string; code?: string };
      threadId: number;
    };
