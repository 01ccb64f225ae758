import type {
  EntryFileResponse,
  EntryOutcome,
  EntryResponse,
  MediaType,
  PrizeStanding,
  PrizeTier,
  TopicPrize,
} from '@press-award/contracts';
import type { EntryFile } from './entities/entry-file.entity';
import type { Entry } from './entities/entry.entity';

export function toEntryFileResponse(file: EntryFile): EntryFileResponse {
  return {
    id: file.id,
    kind: file.kind,
    partIndex: file.partIndex,
    size: file.size,
    sha256: file.sha256,
    mimeType: file.mimeType,
    originalName: file.originalName,
    pageCount: file.pageCount,
    width: file.width,
    height: file.height,
    durationSeconds: file.durationSeconds,
    missingTools: file.missingTools,
    createdAt: file.createdAt.toISOString(),
  };
}

/** A prize decision of a published award, with the award's tier and topic prize labels. */
export interface PublishedPrizeRow {
  entry_id: string;
  tier_code: string | null;
  topic_prizes: string[] | null;
  standing: PrizeStanding;
  prize_tiers: PrizeTier[] | null;
  award_topic_prizes: TopicPrize[] | null;
}

/**
 * The outcome the entry's people see. The caller passes only decisions of published awards (the
 * embargo lives in the query); a decision with neither tier nor topic prize is no prize at all.
 * `certificateAvailable` follows the rule CertificateService applies, so the button never leads to
 * CERTIFICATE_NOT_AVAILABLE.
 */
export function toEntryOutcome(row: PublishedPrizeRow): EntryOutcome | null {
  const topicCodes = row.topic_prizes ?? [];
  if (!row.tier_code && topicCodes.length === 0) return null;
  const topics = row.award_topic_prizes ?? [];
  return {
    tierCode: row.tier_code,
    tierLabel: row.tier_code
      ? ((row.prize_tiers ?? []).find((tier) => tier.code === row.tier_code)?.label ??
        row.tier_code)
      : null,
    topicPrizes: topicCodes.map((code) => ({
      code,
      label: topics.find((topic) => topic.code === code)?.label ?? code,
    })),
    standing: row.standing,
    certificateAvailable: row.standing === 'awarded',
  };
}

/**
 * Everything about the entry itself. The outcome is not here: it depends on the award being
 * published, which EntriesService checks for the whole page at once (the screening queue has none).
 */
export function toEntryResponse(
  entry: Entry,
  mediaType: MediaType,
): Omit<EntryResponse, 'outcome'> {
  return {
    id: entry.id,
    awardId: entry.awardId,
    categoryId: entry.categoryId,
    mediaType,
    status: entry.status,
    title: entry.title,
    genre: entry.genre,
    language: entry.language,
    summary: entry.summary,
    parts: [...(entry.parts ?? [])]
      .sort((a, b) => a.index - b.index)
      .map((part) => ({
        index: part.index,
        title: part.title,
        outlet: part.outlet,
        publishedAt: part.publishedAt,
        url: part.url,
      })),
    authors: [...(entry.authors ?? [])]
      .sort((a, b) => a.index - b.index)
      .map((author) => ({
        index: author.index,
        userId: author.userId,
        fullName: author.fullName,
        penName: author.penName,
        role: author.role,
        organizationName: author.organizationName,
        email: author.email,
        dateOfBirth: author.dateOfBirth,
        overseas: author.overseas,
      })),
    priorAwards: entry.priorAwards,
    topicPrizes: entry.topicPrizes,
    files: [...(entry.files ?? [])]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(toEntryFileResponse),
    receiptNumber: entry.receiptNumber,
    submittedAt: entry.submittedAt?.toISOString() ?? null,
    revisionDeadline: entry.revisionDeadline?.toISOString() ?? null,
    screeningReason: entry.screeningReason,
    provenance: entry.provenance ?? null,
    batchId: entry.batchId ?? null,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}
