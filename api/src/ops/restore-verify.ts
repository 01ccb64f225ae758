import type { Readable } from 'node:stream';
import { Client } from 'pg';
import {
  verifyStoredChain,
  type ChainVerdict,
  type StoredAuditRow,
} from '../app/audit/audit-chain';
import { hashStream } from './backup';
import type { BackupManifest } from './backup-manifest';

export interface RestoreVerdict {
  /** One per audit chain (per award; `null` is the chain of actions outside any award). */
  chains: { awardId: string | null; verdict: ChainVerdict }[];
  filesChecked: number;
  entryFilesChecked: number;
  /** Empty when everything holds. */
  problems: string[];
}

/**
 * After a restore: every award's audit chain recomputed (the same pure check as
 * GET /awards/:id/audit/verify), every stored file hashed against the manifest, and every entry
 * file's recorded sha256 against the restored bytes.
 */
export async function verifyRestored(
  databaseUrl: string,
  open: (key: string) => Promise<Readable>,
  manifest: BackupManifest,
): Promise<RestoreVerdict> {
  const problems: string[] = [];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const chains: RestoreVerdict['chains'] = [];
    const { rows: awards } = await client.query<{ award_id: string | null }>(
      'SELECT DISTINCT award_id FROM audit_log ORDER BY award_id NULLS FIRST',
    );
    for (const { award_id: awardId } of awards) {
      const { rows } = await client.query<StoredAuditRow>(
        `SELECT seq, award_id AS "awardId", actor_id AS "actorId", action, target_type AS "targetType",
                target_id AS "targetId", before, after, at, prev_hash AS "prevHash", hash
           FROM audit_log WHERE award_id IS NOT DISTINCT FROM $1 ORDER BY seq`,
        [awardId],
      );
      const verdict = verifyStoredChain(rows);
      chains.push({ awardId, verdict });
      if (!verdict.ok)
        problems.push(
          `audit chain of ${awardId ?? 'no award'} broken at seq ${verdict.brokenAt} (${verdict.reason})`,
        );
    }

    const actual = new Map<string, string | null>();
    const hashOf = async (key: string): Promise<string | null> => {
      const known = actual.get(key);
      if (known !== undefined) return known;
      const sha256 = await open(key)
        .then(hashStream)
        .then((result) => result.sha256)
        .catch(() => null);
      actual.set(key, sha256);
      return sha256;
    };
    for (const file of manifest.storage.files) {
      const sha256 = await hashOf(file.key);
      if (sha256 === null) problems.push(`stored file ${file.key}: missing`);
      else if (sha256 !== file.sha256)
        problems.push(`stored file ${file.key}: sha256 differs from the manifest`);
    }

    const { rows: entryFiles } = await client.query<{ id: string; key: string; sha256: string }>(
      'SELECT id, storage_key AS key, sha256 FROM entry_files ORDER BY id',
    );
    for (const file of entryFiles) {
      const sha256 = await hashOf(file.key);
      if (sha256 === null) problems.push(`entry file ${file.id} (${file.key}): missing`);
      else if (sha256 !== file.sha256)
        problems.push(
          `entry file ${file.id} (${file.key}): sha256 differs from entry_files.sha256`,
        );
    }
    return {
      chains,
      filesChecked: manifest.storage.files.length,
      entryFilesChecked: entryFiles.length,
      problems,
    };
  } finally {
    await client.end();
  }
}
