/**
 * The work files of a generated edition: one small real file per part (a PDF, a JPEG, a WAV or an
 * MP4 made by demo-files.ts), each made unique without breaking its format — a PDF comment after
 * %%EOF, a JPEG comment segment, a few samples of the WAV's silence, an MP4 `free` box — so no two
 * entries share a sha256 (the screening would flag them as the same file).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MediaType } from '@press-award/contracts';
import type { ClientBase } from 'pg';
import type { FileStorage } from '../../infra/storage/file-storage';
import { demoWorkFile, type DemoFile } from '../demo-files';

/** `base` with `mark` woven in where its format allows. */
export function uniqueVariant(mediaType: MediaType, base: Buffer, mark: string): Buffer {
  const text = Buffer.from(mark, 'utf8');
  switch (mediaType) {
    case 'print':
    case 'online':
      return Buffer.concat([base, Buffer.from(`\n% ${mark}\n`, 'utf8')]);
    case 'photo': {
      // SOI, then a COM segment (FF FE, length including itself), then the rest.
      const segment = Buffer.alloc(4);
      segment.writeUInt16BE(0xfffe, 0);
      segment.writeUInt16BE(text.length + 2, 2);
      return Buffer.concat([base.subarray(0, 2), segment, text, base.subarray(2)]);
    }
    case 'radio': {
      // Quiet noise in the first samples of the data chunk (after the 44-byte header).
      const copy = Buffer.from(base);
      const digest = createHash('sha256').update(text).digest();
      for (let index = 0; index < 16; index++)
        copy.writeInt16LE((digest[index] ?? 0) - 128, 44 + index * 2);
      return copy;
    }
    case 'tv': {
      const box = Buffer.alloc(8);
      box.writeUInt32BE(8 + text.length, 0);
      box.write('free', 4, 'latin1');
      return Buffer.concat([base, box, text]);
    }
  }
}

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
};

/** Stores a work file for every part of the award's entries; returns how many. */
export async function attachScaleFiles(
  client: ClientBase,
  storage: FileStorage,
  awardId: string,
  log: (message: string) => void = () => undefined,
): Promise<number> {
  const parts: { entry_id: string; part: number; media_type: MediaType; receipt_seq: number }[] = (
    await client.query(
      `SELECT e.id AS entry_id, p.index AS part, c.media_type, e.receipt_seq
         FROM entries e JOIN categories c ON c.id = e.category_id JOIN entry_parts p ON p.entry_id = e.id
        WHERE e.award_id = $1 ORDER BY e.receipt_seq, p.index`,
      [awardId],
    )
  ).rows;
  const bases = new Map<MediaType, DemoFile | null>();
  for (const mediaType of new Set(parts.map((part) => part.media_type)))
    bases.set(
      mediaType,
      await demoWorkFile(mediaType, 'Tác phẩm dự giải', 'Nguyễn Văn An', 'Báo Hà Nội', 'mau'),
    );
  const staging = await mkdtemp(join(tmpdir(), 'press-award-scale-files-'));
  const started = Date.now();
  let stored = 0;
  try {
    for (let start = 0; start < parts.length; start += 500) {
      const rows = await Promise.all(
        parts.slice(start, start + 500).map(async (part) => {
          const base = bases.get(part.media_type);
          if (!base) return null;
          const fileId = randomUUID();
          const bytes = uniqueVariant(part.media_type, base.bytes, `${part.entry_id}/${part.part}`);
          const key = `entries/${part.entry_id}/${fileId}`;
          const temp = join(staging, fileId);
          await writeFile(temp, bytes);
          await storage.commit(temp, key, base.mimeType);
          return {
            id: fileId,
            entryId: part.entry_id,
            part: part.part,
            key,
            name: `tac-pham-${part.receipt_seq}-ky-${part.part + 1}.${EXTENSION[base.mimeType] ?? 'bin'}`,
            mimeType: base.mimeType,
            size: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          };
        }),
      );
      const present = rows.filter((row) => row !== null);
      await client.query(
        `INSERT INTO entry_files (id, entry_id, kind, part_index, storage_key, original_name, mime_type, size, sha256)
         SELECT (r->>'id')::uuid, (r->>'entryId')::uuid, 'work', (r->>'part')::int, r->>'key', r->>'name', r->>'mimeType',
                (r->>'size')::bigint, r->>'sha256'
           FROM jsonb_array_elements($1::jsonb) r`,
        [JSON.stringify(present)],
      );
      stored += present.length;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`entry_files: ${stored} files stored in ${Date.now() - started} ms`);
  return stored;
}
