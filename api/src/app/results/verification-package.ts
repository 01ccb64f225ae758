import { createHash } from 'node:crypto';
import type { VerificationPackage, VerificationRound } from '@press-award/contracts';
import {
  disagreementDistance,
  rankRound,
  rubricMaxTotal,
  verificationHashInput,
} from '@press-award/domain';
import type { EntityManager } from 'typeorm';
import { Round } from '../jury/entities/round.entity';

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * GK01, GK02… for the given judges, numbered by the order of sha256(award:judge): stable for a set of
 * judges, and nothing in it leads back to an account.
 */
export function judgePseudonymMap(
  awardId: string,
  judgeIds: readonly string[],
): Map<string, string> {
  return new Map(
    [...new Set(judgeIds)]
      .map((id) => ({ id, key: sha256Hex(`${awardId}:${id}`) }))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((judge, index) => [judge.id, `GK${String(index + 1).padStart(2, '0')}`]),
  );
}

/**
 * The pseudonyms the award's verification package uses: numbered over every judge with a submitted
 * sheet in any closed round, so the minutes of a round name a judge as the package does.
 */
export async function judgePseudonyms(
  manager: EntityManager,
  awardId: string,
  extraJudgeIds: readonly string[] = [],
): Promise<Map<string, string>> {
  const rows: { judge_id: string }[] = await manager.query(
    `SELECT DISTINCT s.judge_id FROM sheets s JOIN rounds r ON r.id = s.round_id
      WHERE r.award_id = $1 AND r.status = 'closed' AND s.status = 'submitted'`,
    [awardId],
  );
  return judgePseudonymMap(awardId, [...rows.map((row) => row.judge_id), ...extraJudgeIds]);
}

/**
 * The verification package of an award, built from its closed rounds at publication. Judges appear
 * as GK01, GK02… numbered by a hash of (award, judge), so the same judge keeps one pseudonym across
 * the award's rounds and nothing in the package leads back to an account. Only what the ranking
 * needs is read: codes, categories' codes, criterion scores — no name, agency, outlet or comment.
 * The ranking is computed by the domain's `rankRound`, the function the verifier runs.
 */
export async function buildVerificationPackage(
  manager: EntityManager,
  awardId: string,
): Promise<VerificationPackage> {
  const rounds = await manager.getRepository(Round).find({
    where: { awardId, status: 'closed' },
    order: { order: 'ASC', id: 'ASC' },
  });
  const judges: { judge_id: string }[] = rounds.length
    ? await manager.query(
        `SELECT DISTINCT judge_id FROM sheets WHERE round_id = ANY($1) AND status = 'submitted'`,
        [rounds.map((round) => round.id)],
      )
    : [];
  const pseudonyms = judgePseudonymMap(
    awardId,
    judges.map((row) => row.judge_id),
  );

  const packaged: VerificationRound[] = [];
  for (const round of rounds) {
    const entries: { entry_code: string; category: string }[] = await manager.query(
      `SELECT e.code AS entry_code, c.code AS category
         FROM round_entries re JOIN entries e ON e.id = re.entry_id JOIN categories c ON c.id = e.category_id
        WHERE re.round_id = $1 AND e.code IS NOT NULL ORDER BY e.code`,
      [round.id],
    );
    const sheets: { entry_code: string; judge_id: string; scores: Record<string, number> }[] =
      await manager.query(
        `SELECT e.code AS entry_code, s.judge_id, s.scores
           FROM sheets s JOIN entries e ON e.id = s.entry_id
          WHERE s.round_id = $1 AND s.status = 'submitted' AND s.total IS NOT NULL AND e.code IS NOT NULL`,
        [round.id],
      );
    const body: Omit<VerificationRound, 'ranking'> = {
      roundId: round.id,
      name: round.name,
      order: round.order,
      method: 'mean',
      parameters: {
        maxTotal: rubricMaxTotal(round.rubric),
        expectedSheets: round.judgesPerEntry,
        disagreementPoints: disagreementDistance(round.rubric, round.disagreementPoints),
      },
      rubric: {
        criteria: round.rubric.criteria.map((criterion) => ({
          key: criterion.key,
          name: criterion.name,
          maxScore: criterion.maxScore,
          step: criterion.step,
          weight: criterion.weight ?? null,
        })),
      },
      entries: entries.map((entry) => ({ entryCode: entry.entry_code, category: entry.category })),
      sheets: sheets
        .map((sheet) => ({
          entryCode: sheet.entry_code,
          judge: pseudonyms.get(sheet.judge_id) ?? 'GK??',
          scores: sheet.scores,
        }))
        .sort((a, b) => a.entryCode.localeCompare(b.entryCode) || a.judge.localeCompare(b.judge)),
    };
    packaged.push({ ...body, ranking: rankRound(body) });
  }
  const unsigned = { awardId, rounds: packaged };
  return { ...unsigned, snapshotHash: sha256Hex(verificationHashInput(unsigned)) };
}
