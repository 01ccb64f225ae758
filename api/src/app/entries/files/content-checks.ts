import { contentLimitIssues, type ContentLimits } from '@press-award/domain';
import { AppException } from '../../../infra/http/app-exception';
import type { MediaFacts } from '../../../infra/media/media-probe';

/**
 * Refuses content that is cut short, carries bytes after its own end (a polyglot), or claims more
 * pixels, pages or objects than allowed — from the probed facts, before anything decodes it. Entry
 * files and covering letters are judged alike.
 */
export function assertIntactContent(
  facts: MediaFacts,
  mimeType: string,
  limits: ContentLimits,
): void {
  if (facts.truncated)
    throw new AppException('FILE_TRUNCATED', [
      {
        field: 'file',
        code: 'FILE_TRUNCATED',
        message: 'The content ends before its structure does.',
      },
    ]);
  if (facts.trailingBytes > 0) {
    throw new AppException('FILE_TRAILING_DATA', [
      {
        field: 'file',
        code: 'FILE_TRAILING_DATA',
        message: `${facts.trailingBytes} bytes follow the end of the ${mimeType} content.`,
        params: { bytes: facts.trailingBytes },
      },
    ]);
  }
  const overLimits = contentLimitIssues(facts, limits);
  if (overLimits.length) {
    throw new AppException(
      'FILE_CONTENT_TOO_LARGE',
      overLimits.map((issue) => ({
        field: 'file',
        code: issue.code,
        message: `${issue.code} ${JSON.stringify(issue.params)}`,
        params: issue.params,
      })),
    );
  }
}
