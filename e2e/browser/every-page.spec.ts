import { expect, test, type Page } from '@playwright/test';
import { DECIDED_AWARD_ID, DEMO, NATIONAL_AWARD_ID, OPEN_AWARD_ID } from '../api/demo';
import { apiToken, signInThroughForm } from './helpers';
import { WIDTHS, horizontalOverflow, seriousViolations } from './widths';

/**
 * Every page each role works on, on the demo's national 2020 award (published: every page has its
 * data), at a phone, a portrait tablet and a laptop width: no horizontal page scroll, and axe finds
 * nothing serious or critical. The public pages are in responsive.spec.ts.
 */
interface RolePages {
  role: string;
  email: string;
  pages: (ids: DemoIds) => string[];
}

interface DemoIds {
  roundId: string;
  assignmentId: string;
  entryId: string;
  batchId: string;
}

const award = `/manage/awards/${NATIONAL_AWARD_ID}`;
const ROLES: RolePages[] = [
  {
    role: 'reporter',
    email: DEMO.reporter,
    pages: ({ entryId }) => [
      '/entries',
      `/awards/${OPEN_AWARD_ID}/entries/new`,
      `/entries/${entryId}`,
      `/entries/${entryId}/receipt`,
    ],
  },
  {
    role: 'judge',
    email: DEMO.judge,
    pages: ({ assignmentId }) => ['/judging', `/judging/${assignmentId}`],
  },
  {
    role: 'organizer',
    email: DEMO.organizer,
    pages: ({ roundId }) => [
      '/manage',
      award,
      `${award}/screening`,
      `${award}/rounds`,
      `${award}/rounds/${roundId}`,
      `${award}/dashboard`,
      `${award}/results`,
      `${award}/aftercare`,
      `${award}/documents`,
    ],
  },
  {
    role: 'secretary',
    email: DEMO.secretary,
    pages: () => ['/manage', `${award}/screening`, `${award}/batches`, `${award}/rounds`],
  },
  {
    // The open Gia Lai call is where the demo's agency filed its batch; its organizer receives it.
    role: 'provincial organizer',
    email: DEMO.binhDinhOrganizer,
    pages: () => [`/manage/awards/${OPEN_AWARD_ID}/batches`],
  },
  {
    role: 'organization',
    email: DEMO.agency,
    pages: ({ batchId }) => ['/batches', `/batches/${batchId}`, '/entries'],
  },
  {
    // Gia Lai 2025's steering committee approves its prize list (whatever its status by now).
    role: 'steering committee member',
    email: DEMO.steering,
    pages: () => [`/awards/${DECIDED_AWARD_ID}/approval`],
  },
  { role: 'admin', email: DEMO.admin, pages: () => ['/admin/outbox'] },
];

/** The page has rendered its data: a heading in the main area and no loading state left. */
async function settled(page: Page, path: string): Promise<void> {
  await expect(page.locator('main h1').first(), path).toBeVisible();
  await expect(page.getByTestId('loading'), path).toHaveCount(0);
}

async function demoIds(request: Parameters<typeof apiToken>[0]): Promise<DemoIds> {
  const get = async (email: string, path: string) => {
    const token = await apiToken(request, email);
    const response = await request.get(`/api/v1${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status(), path).toBe(200);
    return response.json();
  };
  const rounds = await get(DEMO.organizer, `/awards/${NATIONAL_AWARD_ID}/rounds`);
  const assignments = await get(DEMO.judge, '/judging/assignments');
  const entries = await get(DEMO.reporter, '/entries?mine=true');
  const batches = await get(DEMO.agency, '/batches/mine');
  return {
    roundId: rounds[0].id,
    assignmentId: (assignments.items ?? assignments)[0].id,
    entryId: (entries.items ?? entries)[0].id,
    batchId: batches[0].id,
  };
}

for (const { role, email, pages } of ROLES) {
  test(`the ${role}'s pages fit every width and pass axe`, async ({ page, request }) => {
    const ids = await demoIds(request);
    // About 4 s per page and width on a loaded 2-core machine, with room to spare: the organizer
    // walks nine pages three times.
    test.setTimeout(60_000 + pages(ids).length * WIDTHS.length * 10_000);
    await signInThroughForm(page, email);
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const path of pages(ids)) {
        await page.goto(path);
        await settled(page, path);
        expect.soft({ size: size.name, path, overflow: await horizontalOverflow(page) }).toEqual({
          size: size.name,
          path,
          overflow: 0,
        });
        expect.soft({ size: size.name, path, violations: await seriousViolations(page) }).toEqual({
          size: size.name,
          path,
          violations: [],
        });
      }
    }
  });
}
