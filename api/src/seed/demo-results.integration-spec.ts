import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_IDS, DEMO_PASSWORD, seedDemoData } from './demo-data';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoResultsSeeder } from './demo-results.seeder';
import { CouncilsService } from '../app/jury/councils.service';

describe(DemoResultsSeeder.name, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const url = (app.db as unknown as { options: { connectionString: string } }).options
      .connectionString;
    await seedDemoData(url);
    await app.app.get(DemoEntriesSeeder).seed();
    expect(await app.app.get(DemoResultsSeeder).seed()).toBe(true);
  }, 60_000);
  afterAll(async () => app.close());

  it('should seed once', async () => {
    const count = async () =>
      Number((await app.db.query('SELECT count(*) AS n FROM prize_decisions')).rows[0].n);
    const before = await count();
    expect(await app.app.get(DemoResultsSeeder).seed()).toBe(false);
    expect(await count()).toBe(before);
  });

  it('should publish the Bình Định 2020 winners by tier, with pen names', async () => {
    const response = await app.request('GET', `/public/awards/${DEMO_IDS.binhDinhAward}/results`);
    expect(response.status).toBe(200);
    const works = response.body.filter((row: { collective: boolean }) => !row.collective);
    expect(works.map((row: { tierCode: string }) => row.tierCode)).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'C',
      'KK',
      'KK',
    ]);
    expect(response.body[0]).toMatchObject({
      entryTitle: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ',
      authors: [{ fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung' }],
      organizationName: 'Báo Bình Định',
    });
    // The collectives honoured before publication follow the works, by tier then name.
    expect(
      response.body
        .filter((row: { collective: boolean }) => row.collective)
        .map(
          (row: { organizationName: string; tierLabel: string }) =>
            `${row.tierLabel}: ${row.organizationName}`,
        ),
    ).toEqual([
      'Giải tập thể: Báo Bình Định',
      'Giải tập thể: Đài Phát thanh và Truyền hình Bình Định',
      'Giấy khen: Ban Tổ chức Huyện ủy Tuy Phước',
      'Giấy khen: Ban Tổ chức Thị ủy An Nhơn',
    ]);
  });

  it('should forward the Bình Định A and B winners through the forwarding service, before the national deadline', async () => {
    const rows = (
      await app.db.query(
        `SELECT title, provenance, submitted_at, receipt_number FROM entries WHERE award_id = $1 AND provenance IS NOT NULL ORDER BY title`,
        [DEMO_IDS.nationalAward],
      )
    ).rows;
    expect(
      rows.map(
        (row: { title: string; provenance: { tierCode: string } }) =>
          `${row.title}:${row.provenance.tierCode}`,
      ),
    ).toEqual([
      'Khi người đứng đầu nêu gương:B',
      'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ:A',
      'Đảng viên trẻ ở vùng biên:B',
    ]);
    const national = (
      await app.db.query('SELECT rules FROM awards WHERE id = $1', [DEMO_IDS.nationalAward])
    ).rows[0];
    const deadline = Date.parse(national.rules.submissionDeadline);
    const published = (
      await app.db.query('SELECT published_at FROM awards WHERE id = $1', [DEMO_IDS.binhDinhAward])
    ).rows[0].published_at as Date;
    expect(published.toISOString()).toMatch(/^2020-10-27T02:00:0\d\.\d{3}Z$/);
    for (const row of rows as {
      provenance: { forwardedAt: string };
      submitted_at: Date;
      receipt_number: string;
    }[]) {
      expect(Date.parse(row.provenance.forwardedAt)).toBeGreaterThan(published.getTime());
      expect(Date.parse(row.provenance.forwardedAt)).toBeLessThan(deadline);
      expect(row.submitted_at.getTime()).toBeLessThan(deadline);
      expect(row.receipt_number).toMatch(/^2020-5A00-\d{5}$/);
    }
    // Written by the services, with their audit trail: publication, then one forwarding per work.
    const audit = (
      await app.db.query(
        `SELECT action, at FROM audit_log WHERE award_id = ANY($1::uuid[]) AND action IN ('results.published', 'entry.forwarded') ORDER BY seq`,
        [[DEMO_IDS.binhDinhAward, DEMO_IDS.nationalAward]],
      )
    ).rows;
    expect(audit[0]).toMatchObject({ action: 'results.published' });
    expect(audit.length).toBeGreaterThan(1);
    for (const row of audit as { at: Date }[]) expect(row.at.getTime()).toBeLessThan(deadline);
  });

  it('should tell the truth about the institutions, the provinces and the names', async () => {
    const awards = (
      await app.db.query(
        'SELECT id, name, year, level, organizer_name, description, prize_tiers FROM awards ORDER BY id',
      )
    ).rows as {
      id: string;
      name: string;
      year: number;
      level: string;
      organizer_name: string;
      description: string;
      prize_tiers: { code: string; targetCount: number }[];
    }[];
    const byId = new Map(awards.map((award) => [award.id, award]));
    const national = byId.get(DEMO_IDS.nationalAward)!;
    expect(national.organizer_name).toBe('Ban Tổ chức Trung ương');
    expect(national.description).toContain('cơ quan thường trực là Tạp chí Xây dựng Đảng');
    for (const partner of [
      'Báo Nhân Dân',
      'Tạp chí Cộng sản',
      'Đài Truyền hình Việt Nam',
      'Hội Nhà báo Việt Nam',
    ])
      expect(national.description).toContain(partner);
    // The plan, not the outcome: 15 C and 25 KK were planned in 2020 (16 and 27 were given).
    expect(national.prize_tiers.map((tier) => `${tier.code}:${tier.targetCount}`)).toEqual([
      'DB:1',
      'A:5',
      'B:10',
      'C:15',
      'KK:25',
    ]);
    expect(byId.get(DEMO_IDS.binhDinhAward)).toMatchObject({
      organizer_name: 'Ban Tổ chức Tỉnh ủy Bình Định',
      year: 2020,
    });
    expect(byId.get(DEMO_IDS.decidedAward)).toMatchObject({
      organizer_name: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      year: 2025,
    });
    expect(byId.get(DEMO_IDS.openAward)).toMatchObject({
      organizer_name: 'Ban Tổ chức Tỉnh ủy Gia Lai',
    });
    // Documents are dated at the body's place: Hà Nội for the central one, the province's name for a Tỉnh ủy.
    const places = (await app.db.query('SELECT id, place FROM awards')).rows as {
      id: string;
      place: string;
    }[];
    expect(Object.fromEntries(places.map((row) => [row.id, row.place]))).toEqual({
      [DEMO_IDS.nationalAward]: 'Hà Nội',
      [DEMO_IDS.binhDinhAward]: 'Bình Định',
      [DEMO_IDS.decidedAward]: 'Gia Lai',
      [DEMO_IDS.openAward]: 'Gia Lai',
    });
    // The rules' topic-prize conditions are machine-checked.
    const topics = (
      await app.db.query('SELECT topic_prizes FROM awards WHERE id = $1', [DEMO_IDS.nationalAward])
    ).rows[0].topic_prizes as { code: string; condition?: { kind: string } }[];
    expect(
      topics
        .filter((topic) => topic.condition)
        .map((topic) => `${topic.code}:${topic.condition?.kind}`),
    ).toEqual([
      'CAO_TUOI:authorAgeAtLeast',
      'TRE_NHAT:authorYoungerThan',
      'KIEU_BAO:overseasAuthor',
    ]);
    for (const award of awards) {
      expect(award.organizer_name).not.toMatch(/Tuyên giáo/);
      // Only the national award is the Golden Hammer and Sickle award.
      expect([award.id, award.name.includes('Búa liềm vàng')]).toEqual([
        award.id,
        award.level === 'national',
      ]);
      // The edition and year are shown beside the name, so the name carries neither.
      expect(award.name).not.toMatch(/lần thứ|năm \d{4}|\d{4}/);
      // Bình Định is a province of the 2020 editions only (merged into Gia Lai on 1 July 2025).
      if (award.year >= 2025)
        expect(`${award.name} ${award.organizer_name}`).not.toContain('Bình Định');
    }
    const memberBodies = (
      await app.db.query(
        `SELECT a.year, m.organization_name FROM award_members m JOIN awards a ON a.id = m.award_id WHERE m.role = 'organizer' AND a.level = 'provincial'`,
      )
    ).rows as { year: number; organization_name: string }[];
    for (const member of memberBodies)
      expect(member.organization_name).toBe(
        member.year >= 2025 ? 'Ban Tổ chức Tỉnh ủy Gia Lai' : 'Ban Tổ chức Tỉnh ủy Bình Định',
      );
    // People's names are names, not puns on their roles.
    const names = (
      await app.db.query('SELECT full_name FROM users UNION SELECT full_name FROM entry_authors')
    ).rows.map((row: { full_name: string }) => row.full_name);
    expect(names.length).toBeGreaterThan(15);
    expect(
      names.filter((name: string) =>
        /Tổ Chức|Thư Ký|Giám|Khảo|Chấm|Bình Xét|Thị Phát|Văn Hình|Văn Ảnh/.test(name),
      ),
    ).toEqual([]);
  });

  it('should leave Gia Lai 2025 decided, unpublished, with a scored round showing the disagreement', async () => {
    expect(
      (await app.request('GET', `/public/awards/${DEMO_IDS.decidedAward}/results`)).status,
    ).toBe(404);
    const token = await login(app, 'tochuc.binhdinh@demo.vn', DEMO_PASSWORD);
    const award = await app.request('GET', `/awards/${DEMO_IDS.decidedAward}`, { token });
    expect(award.body.status).toBe('decided');
    const prizes = await app.request('GET', `/awards/${DEMO_IDS.decidedAward}/prizes`, { token });
    expect(
      prizes.body.tiers.map(
        (tier: { code: string; current: number; targetCount: number }) =>
          `${tier.code}:${tier.current}/${tier.targetCount}`,
      ),
    ).toEqual(['A:1/1', 'B:1/2', 'C:2/3', 'KK:1/5']);
    const roundId = (
      await app.db.query('SELECT id FROM rounds WHERE award_id = $1', [DEMO_IDS.decidedAward])
    ).rows[0].id;
    const results = await app.request('GET', `/rounds/${roundId}/results?method=mean`, { token });
    expect(results.body).toHaveLength(6);
    expect(results.body.every((row: { sheets: number }) => row.sheets === 2)).toBe(true);
    expect(
      results.body.filter((row: { flags: string[] }) => row.flags.includes('DISAGREEMENT')),
    ).toHaveLength(1);
  });

  it('should give the national and Gia Lai rounds their councils, with titles at the real bodies', async () => {
    const councils = app.app.get(CouncilsService);
    const roundOf = async (awardId: string) =>
      (await app.db.query('SELECT id FROM rounds WHERE award_id = $1', [awardId])).rows[0].id;
    const national = await councils.councilView(await roundOf(DEMO_IDS.nationalAward));
    expect(national).toMatchObject({
      name: 'Hội đồng sơ khảo',
      chair: { fullName: 'Phạm Quang Minh', title: 'Phó Tổng Biên tập Tạp chí Cộng sản' },
      viceChair: { fullName: 'Hoàng Thị Lan Anh', organizationName: 'Đài Tiếng nói Việt Nam' },
      secretary: { fullName: 'Lê Văn Hùng', organizationName: 'Tạp chí Xây dựng Đảng' },
    });
    const giaLai = await councils.councilView(await roundOf(DEMO_IDS.decidedAward));
    expect(giaLai).toMatchObject({
      name: 'Hội đồng chung khảo',
      chair: { fullName: 'Võ Thành Nam', organizationName: 'Hội Nhà báo tỉnh Gia Lai' },
      secretary: null,
    });
    // The chair finds the council among the judge's own work.
    const chair = await login(app, 'giamkhao1@demo.vn', DEMO_PASSWORD);
    const chaired = await app.request('GET', '/judging/councils', { token: chair });
    expect(chaired.body.map((row: { councilName: string }) => row.councilName)).toEqual([
      'Hội đồng sơ khảo',
    ]);
  });
});
