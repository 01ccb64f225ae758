import type { PriorAwardInput, ResultRow } from '@press-award/contracts';
import { draftIssues, submissionFileIssues, type EntryDraft } from '@press-award/domain';
import { AppException } from '../../infra/http/app-exception';
import type { Award } from '../awards/entities/award.entity';
import type { Category } from '../awards/entities/category.entity';
import { eligibilityException } from '../entries/eligibility-errors';
import type { EntryFile } from '../entries/entities/entry-file.entity';
import type { Entry } from '../entries/entities/entry.entity';
import type { EntryFilesService } from '../entries/files/entry-files.service';

/** The entry's unique (award, forwarded-from) index refused a second copy of the same work. */
export function isForwardedTwice(error: unknown): boolean {
  const failure = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = failure.driverError?.code ?? failure.code;
  const constraint = failure.driverError?.constraint ?? failure.constraint;
  return code === '23505' && constraint === 'uq_entries_award_forwarded_from';
}

/** The national category of the same media type that comes first in the award's order. */
export function targetCategory(target: Award, entry: Entry): Category {
  const mediaType = entry.category?.mediaType;
  const [category] = (target.categories ?? [])
    .filter((candidate) => candidate.mediaType === mediaType)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  if (!category) throw new AppException('FORWARD_CATEGORY_MISSING');
  return category;
}

/** The provincial prize, declared among the work's prior prizes as the national rules require. */
export function declaredPrize(source: Award, winner: ResultRow): PriorAwardInput {
  const topics = winner.topicPrizes.map(
    (code) => source.topicPrizes.find((topic) => topic.code === code)?.label ?? code,
  );
  const prize = winner.tierLabel ?? (topics.length ? topics.join(', ') : null);
  return {
    kind: source.level === 'provincial' ? 'provincial' : 'other',
    name: source.name,
    year: source.year,
    prize: prize?.slice(0, 100) ?? null,
  };
}

/**
 * What the national award would refuse, checked before a byte is copied: its publication window,
 * caps, languages and prior-prize rule, the files a submission needs, and each file against the
 * national file rules (type from content, size). The works-per-author cap needs the other entries
 * under the submission lock: `submitWithin` checks it, with all of the above again.
 */
export function assertAcceptable(
  entryFiles: EntryFilesService,
  target: Award,
  category: Category,
  draft: EntryDraft,
  files: EntryFile[],
): void {
  const issues = [
    ...draftIssues(
      draft,
      target.rules,
      target.topicPrizes.map((topic) => topic.code),
    ),
    ...submissionFileIssues(draft, files, true),
  ];
  if (issues.length > 0) throw eligibilityException(issues);
  const { limits } = entryFiles.policy(target, category.mediaType);
  for (const file of files) {
    const limit = limits[file.kind];
    if (!limit.types.includes(file.mimeType))
      throw new AppException('FILE_TYPE_NOT_ALLOWED', [
        {
          field: 'files',
          code: 'FILE_TYPE_NOT_ALLOWED',
          message: file.originalName,
          params: { detected: file.mimeType },
        },
      ]);
    if (file.size > limit.maxBytes)
      throw new AppException('FILE_TOO_LARGE', [
        {
          field: 'files',
          code: 'FILE_TOO_LARGE',
          message: file.originalName,
          params: { maxBytes: limit.maxBytes },
        },
      ]);
  }
}
