import { buildAward, buildEntry } from './factories';
import { pdfSample } from './samples';
import { createAward, expectStatus, setAwardStatus } from './scenario';
import { uploadFile, type TestApp } from './test-app';

export interface WinnerPlan {
  /** The reporter's token: the entry is theirs. */
  token: string;
  /** The category's index in the award's categories. */
  category?: number;
  entry?: Record<string, unknown>;
  /** Files to upload, `work` first; one generated PDF when absent. */
  files?: { content: Buffer; name: string; kind?: string }[];
  /** The tier decided for the entry, or null for no prize. */
  tierCode: string | null;
}

/**
 * An award taken over real HTTP from creation to decided prizes — open, entries submitted with files,
 * closed, screened eligible, judging, tiers set, decided — and published unless told otherwise.
 */
export async function awardWithWinners(
  app: TestApp,
  organizer: string,
  plan: WinnerPlan[],
  options: { award?: Record<string, unknown>; publish?: boolean } = {},
): Promise<{
  award: { id: string; name: string; categories: { id: string; mediaType: string }[] };
  entryIds: string[];
}> {
  const award = await createAward(app, organizer, buildAward(options.award));
  await setAwardStatus(app, organizer, award.id, 'open');
  const entryIds: string[] = [];
  for (const [index, item] of plan.entries()) {
    const entry = await app.request('POST', `/awards/${award.id}/entries`, {
      token: item.token,
      body: buildEntry(award.categories[item.category ?? 0].id, {
        title: `Tác phẩm ${index + 1}`,
        ...item.entry,
      }),
    });
    expectStatus('create entry', entry, 201);
    const files = item.files ?? [
      { content: await pdfSample(1, `${award.id}-${index}`), name: `tac-pham-${index + 1}.pdf` },
    ];
    for (const file of files)
      expectStatus(
        'upload',
        await uploadFile(
          app,
          entry.body.id,
          item.token,
          { content: file.content, name: file.name },
          { kind: file.kind ?? 'work' },
        ),
        201,
      );
    expectStatus(
      'submit',
      await app.request('POST', `/entries/${entry.body.id}/submit`, { token: item.token }),
      200,
    );
    entryIds.push(entry.body.id);
  }
  await setAwardStatus(app, organizer, award.id, 'closed');
  expectStatus(
    'screen',
    await app.request('POST', `/awards/${award.id}/screening/bulk`, {
      token: organizer,
      body: { entryIds, decision: 'eligible', confirmCount: entryIds.length },
    }),
    200,
  );
  await setAwardStatus(app, organizer, award.id, 'judging');
  for (const [index, item] of plan.entries()) {
    if (!item.tierCode) continue;
    expectStatus(
      'prize',
      await app.request('PUT', `/awards/${award.id}/prizes/${entryIds[index]}`, {
        token: organizer,
        body: { tierCode: item.tierCode, note: 'Hội đồng chung khảo thống nhất.' },
      }),
      200,
    );
  }
  await setAwardStatus(app, organizer, award.id, 'decided');
  if (options.publish !== false)
    expectStatus(
      'publish',
      await app.request('POST', `/awards/${award.id}/publish`, { token: organizer }),
      200,
    );
  return { award, entryIds };
}
