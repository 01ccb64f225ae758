import { fileTypeFromBuffer } from 'file-type';
import { AppException } from '../../../infra/http/app-exception';

/** What the magic-bytes sniffer reads: enough for every type the awards accept. */
export const SNIFF_BYTES = 4100;

const ZIP = 'application/zip';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The type the first bytes show; null when no known signature matched. */
export async function sniffMime(head: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES)))?.mime ?? null;
}

/**
 * Refuses, from the first bytes alone, content that cannot become any acceptable type, so a
 * wrong-format upload stops after its first chunk. A DOCX may sniff as a plain zip from its first
 * bytes: it passes here and the whole file is checked when it is complete.
 */
export function assertPossibleType(
  sniffedMime: string | null,
  acceptableMimes: readonly string[],
): void {
  const possible =
    sniffedMime === ZIP
      ? acceptableMimes.includes(DOCX)
      : sniffedMime !== null && acceptableMimes.includes(sniffedMime);
  if (!possible) {
    throw new AppException('FILE_TYPE_NOT_ALLOWED', [
      {
        field: 'file',
        code: 'FILE_TYPE_NOT_ALLOWED',
        message: `Content is ${sniffedMime ?? 'not a recognised type'}`,
      },
    ]);
  }
}
