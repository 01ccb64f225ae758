import type { AwardRules, AwardStatus, MediaType } from '@press-award/contracts';
import { buildAward, buildEntry, buildRules } from './factories';
import type { ApiResponse, TestApp } from './test-app';
import { uploadFile } from './test-app';

/**
 * The steps organizers take over HTTP, as the integration specs repeat them: each step throws with
 * the answer when it is refused, so a broken setup fails where it breaks, not in a later assertion.
 */

/** 10 points: content 5 + craft 5, in steps of 0.25. */
export const TEN_POINT_RUBRIC = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
  ],
};

/** Throws unless the answer has the expected status (any 2xx when none is given). */
export function expectStatus(step: string, response: ApiResponse, expected?: number): void {
  const ok =
    expected === undefined
      ? response.status >= 200 && response.status < 300
      : response.status === expected;
  if (!ok) throw new Error(`${step}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Creates an award (the body usually from `buildAward`) and returns it as the API answers. */
export async function createAward(
  app: TestApp,
  token: string,
  body: Record<string, unknown>,
): Promise<any> {
  const created = await app.request('POST', '/awards', { token, body });
  expectStatus('create award', created, 201);
  return created.body;
}

export interface TestAward {
  id: string;
  categories: { id: string; code: string; mediaType: string }[];
}

/**
 * An open award (the `buildAward` one) with only these categories, its rules those of `buildRules`
 * but for the given ones (usually which files each media type takes).
 */
export async function openAwardWith(
  app: TestApp,
  token: string,
  categories: { code: string; name: string; mediaType: MediaType }[],
  rules: Partial<AwardRules>,
): Promise<TestAward> {
  const award = await createAward(app, token, buildAward({ rules: buildRules(rules), categories }));
  await setAwardStatus(app, token, award.id, 'open');
  return award;
}

/** A reporter's new draft entry (the `buildEntry` one) in the award's category with this code. */
export async function draftEntry(
  app: TestApp,
  token: string,
  award: TestAward,
  code: string,
  overrides: Record<string, unknown> = {},
): Promise<any> {
  const category = award.categories.find((candidate) => candidate.code === code);
  if (!category) throw new Error(`no category ${code}`);
  const created = await app.request('POST', `/awards/${award.id}/entries`, {
    token,
    body: buildEntry(category.id, overrides),
  });
  expectStatus('create entry', created, 201);
  return created.body;
}

/** Moves an award to another status (open, closed, judging, decided…). */
export async function setAwardStatus(
  app: TestApp,
  token: string,
  awardId: string,
  status: AwardStatus,
): Promise<void> {
  const response = await app.request('POST', `/awards/${awardId}/status`, {
    token,
    body: { status },
  });
  expectStatus(`award ${status}`, response, 200);
}

/** Moves a round to another status (open, closed…). */
export async function setRoundStatus(
  app: TestApp,
  token: string,
  roundId: string,
  status: 'open' | 'closed',
): Promise<void> {
  const response = await app.request('POST', `/rounds/${roundId}/status`, {
    token,
    body: { status },
  });
  expectStatus(`round ${status}`, response, 200);
}

/** Adds one member to an award (secretary, judge…) and returns the membership. */
export async function addMember(
  app: TestApp,
  token: string,
  awardId: string,
  member: { email: string; fullName: string; role: string; organizationName?: string },
): Promise<any> {
  const response = await app.request('POST', `/awards/${awardId}/members`, { token, body: member });
  expectStatus(`add ${member.role} ${member.email}`, response);
  return response.body;
}

/**
 * Invites judges `gk-<key>@example.vn` named "GK <key>", each from an agency of their own
 * ("Cơ quan <key>") so conflicts of interest never stand in the way of an assignment.
 */
export async function inviteJudges(
  app: TestApp,
  token: string,
  awardId: string,
  keys: readonly string[],
): Promise<void> {
  for (const key of keys)
    await addMember(app, token, awardId, {
      email: `gk-${key}@example.vn`,
      fullName: `GK ${key}`,
      role: 'judge',
      organizationName: `Cơ quan ${key}`,
    });
}

/** Creates an entry as its reporter, uploads its work file and submits it; returns its id. */
export async function submitEntry(
  app: TestApp,
  token: string,
  awardId: string,
  entry: Record<string, unknown>,
  file: { content: Buffer; name: string },
): Promise<string> {
  const created = await app.request('POST', `/awards/${awardId}/entries`, { token, body: entry });
  expectStatus('create entry', created, 201);
  expectStatus('upload', await uploadFile(app, created.body.id, token, file), 201);
  expectStatus(
    'submit',
    await app.request('POST', `/entries/${created.body.id}/submit`, { token }),
    200,
  );
  return created.body.id as string;
}

/** Screens these entries eligible in one bulk decision and issues the blind codes. */
export async function declareEligible(
  app: TestApp,
  token: string,
  awardId: string,
  entryIds: string[],
): Promise<{ issued: number; codes: { entryId: string; code: string }[] }> {
  expectStatus(
    'screen eligible',
    await app.request('POST', `/awards/${awardId}/screening/bulk`, {
      token,
      body: { entryIds, decision: 'eligible', confirmCount: entryIds.length },
    }),
    200,
  );
  const codes = await app.request('POST', `/awards/${awardId}/codes`, { token });
  expectStatus('codes', codes, 200);
  return codes.body;
}

export interface RoundPlan {
  name: string;
  order?: number;
  judgesPerEntry: number;
  rubric: unknown;
}

/**
 * Creates a round (order 1 unless told) on these coded entries, lets the system assign the judges
 * and opens it; returns the round's id and what the automatic assignment answered.
 */
export async function openRound(
  app: TestApp,
  token: string,
  awardId: string,
  entryIds: string[],
  { order = 1, ...plan }: RoundPlan,
): Promise<{ id: string; autoAssignment: { feasible: boolean; saved: boolean } }> {
  const created = await app.request('POST', `/awards/${awardId}/rounds`, {
    token,
    body: { ...plan, order },
  });
  expectStatus('create round', created, 201);
  const id = created.body.id as string;
  expectStatus(
    'round entries',
    await app.request('POST', `/rounds/${id}/entries`, { token, body: { entryIds } }),
    200,
  );
  const auto = await app.request('POST', `/rounds/${id}/assignments/auto`, { token, body: {} });
  expectStatus('auto assignment', auto, 200);
  await setRoundStatus(app, token, id, 'open');
  return { id, autoAssignment: auto.body };
}

/**
 * From submissions to scoring: closes the award, screens these entries eligible and codes them,
 * moves the award to judging and opens a round on them (see `openRound`).
 */
export async function openJudgingRound(
  app: TestApp,
  token: string,
  awardId: string,
  entryIds: string[],
  plan: RoundPlan,
): Promise<{ id: string; autoAssignment: { feasible: boolean; saved: boolean } }> {
  await setAwardStatus(app, token, awardId, 'closed');
  await declareEligible(app, token, awardId, entryIds);
  await setAwardStatus(app, token, awardId, 'judging');
  return openRound(app, token, awardId, entryIds, plan);
}
