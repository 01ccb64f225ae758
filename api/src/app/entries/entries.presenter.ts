import type { EntryFileResponse, EntryResponse, MediaType } from '@press-award/contracts';
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

export function toEntryResponse(entry: Entry, mediaType: MediaType): EntryResponse {
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
      .map((part) => ({ index: part.index, title: part.title, outlet: part.outlet, publishedAt: part.publishedAt, url: part.url })),
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
      })),
    priorAwards: entry.priorAwards,
    topicPrizes: entry.topicPrizes,
    files: [...(entry.files ?? [])].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(toEntryFileResponse),
    receiptNumber: entry.receiptNumber,
    submittedAt: entry.submittedAt?.toISOString() ?? null,
    revisionDeadline: entry.revisionDeadline?.toISOString() ?? null,
    screeningReason: entry.screeningReason,
    provenance: entry.provenance ?? null,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}
