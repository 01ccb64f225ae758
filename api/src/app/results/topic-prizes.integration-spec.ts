import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  AwardResponse,
  EntryResponse,
  FieldError,
  PublicResultResponse,
} from '@press-award/contracts';
import { formalDateLine, vietnamDateParts } from '@press-award/domain';
import { pdfPages } from '../../../test/pdf-inspection';
import { buildRules } from '../../../test/factories';
import { awardWithWinners } from '../../../test/published-award';
import { download } from '../../../test/results-fixture';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const TOPIC_PRIZES = [
  {
    code: 'CAO_TUOI',
    label: 'Tác giả cao tuổi',
    condition: { kind: 'authorAgeAtLeast', years: 70 },
  },
  { code: 'TRE', label: 'Tác giả trẻ', condition: { kind: 'authorYoungerThan', years: 18 } },
  {
    code: 'KIEU_BAO',
    label: 'Tác giả là người Việt Nam ở nước ngoài',
    condition: { kind: 'overseasAuthor' },
  },
  { code: 'LY_LUAN', label: 'Giải chuyên đề Lý luận xây dựng Đảng' },
];

const nhung = {
  fullName: 'Đặng Thị Hồng Nhung',
  penName: 'Hồng Nhung',
  role: 'author',
  organizationName: 'Báo Bình Định',
  dateOfBirth: '1985-03-08',
};
const TITLES = [
  'Người đảng viên già ở bản Ếch',
  'Đảng bộ xã vùng cao',
  'Chi bộ trên đảo',
  'Ký ức người lính cũ',
  'Tiếng Việt ở Praha',
];
/** Words of the code that no person should read in an error. */
const PROGRAMMER_WORDS =
  /condition|years|kind|dateOfBirth|overseas|topicPrizes|authorAgeAtLeast|undefined|null/;

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join(' ').replace(/\s+/g, ' ');
}

describe('ResultsController (topic prizes)', () => {
  let app: TestApp;
  let organizer: string;
  let nhungToken: string;
  let awardId: string;
  /** [elder (an author born 1945), both (tier + topic), youngster (no prize), noBirthDate, overseas] */
  let entries: string[];

  const setPrize = (index: number, body: Record<string, unknown>, language = 'vi') =>
    app.request<{ code: string; message: string; details?: FieldError[] }>(
      'PUT',
      `/awards/${awardId}/prizes/${entries[index]}`,
      { token: organizer, body, headers: { 'accept-language': language } },
    );
  const decision = async (index: number) =>
    (
      await app.db.query(
        'SELECT tier_code, topic_prizes FROM prize_decisions WHERE entry_id = $1',
        [entries[index]],
      )
    ).rows[0] as { tier_code: string | null; topic_prizes: string[] } | undefined;
  const outcomeMail = async (title: string) => {
    const { rows } = await app.db.query(
      `SELECT text FROM mail_messages WHERE template = 'outcome' AND text LIKE $1`,
      [`%"${title}"%`],
    );
    expect(rows).toHaveLength(1);
    return rows[0].text as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: nhung.fullName });
    await createUser(app.db, { email: 'pv2@example.vn', fullName: 'Trần Minh Khoa' });
    organizer = await login(app, 'btc@example.vn');
    nhungToken = await login(app, 'pv@example.vn');
    const khoa = await login(app, 'pv2@example.vn');
    const entry = (title: string, authors: Record<string, unknown>[]) => ({ title, authors });
    const built = await awardWithWinners(
      app,
      organizer,
      [
        {
          token: nhungToken,
          tierCode: null,
          entry: entry(TITLES[0]!, [
            nhung,
            { fullName: 'Nguyễn Văn Lão', role: 'co_author', dateOfBirth: '1945-05-19' },
          ]),
        },
        { token: nhungToken, tierCode: null, entry: entry(TITLES[1]!, [nhung]) },
        {
          token: khoa,
          tierCode: null,
          entry: entry(TITLES[2]!, [{ fullName: 'Trần Minh Khoa', dateOfBirth: '1990-07-01' }]),
        },
        {
          token: khoa,
          tierCode: null,
          entry: entry(TITLES[3]!, [{ fullName: 'Lê Văn Bình', dateOfBirth: '1950-01-01' }]),
        },
        {
          token: khoa,
          tierCode: null,
          entry: entry(TITLES[4]!, [
            { fullName: 'Trần Minh Khoa', dateOfBirth: '1990-07-01' },
            { fullName: 'Phạm Kiều Anh', dateOfBirth: '1992-02-02', overseas: true },
          ]),
        },
      ],
      {
        publish: false,
        award: {
          place: 'Quy Nhơn',
          rules: buildRules({ maxEntriesPerAuthor: 10 }),
          topicPrizes: TOPIC_PRIZES,
        },
      },
    );
    awardId = built.award.id;
    entries = built.entryIds;
  });
  afterAll(async () => app.close());

  it('should keep the topic prize conditions and the place as the award was created', async () => {
    const award = (
      await app.request<AwardResponse>('GET', `/awards/${awardId}`, { token: organizer })
    ).body;
    expect(award.place).toBe('Quy Nhơn');
    expect(award.topicPrizes).toEqual([
      {
        code: 'CAO_TUOI',
        label: 'Tác giả cao tuổi',
        targetCount: null,
        prizeMoney: null,
        condition: { kind: 'authorAgeAtLeast', years: 70 },
      },
      {
        code: 'TRE',
        label: 'Tác giả trẻ',
        targetCount: null,
        prizeMoney: null,
        condition: { kind: 'authorYoungerThan', years: 18 },
      },
      {
        code: 'KIEU_BAO',
        label: 'Tác giả là người Việt Nam ở nước ngoài',
        targetCount: null,
        prizeMoney: null,
        condition: { kind: 'overseasAuthor' },
      },
      {
        code: 'LY_LUAN',
        label: 'Giải chuyên đề Lý luận xây dựng Đảng',
        targetCount: null,
        prizeMoney: null,
      },
    ]);
    // The overseas flag is part of the author as the entry shows it.
    const overseas = (
      await app.request<EntryResponse>('GET', `/entries/${entries[4]}`, { token: organizer })
    ).body;
    expect(overseas.authors.map((author) => author.overseas)).toEqual([false, true]);
  });

  it('should refuse a condition the rules do not know, with the field it is in, and change nothing', async () => {
    const before = (
      await app.request<AwardResponse>('GET', `/awards/${awardId}`, { token: organizer })
    ).body;
    const unknown = await app.request<{ code: string; details: FieldError[] }>(
      'PATCH',
      `/awards/${awardId}`,
      {
        token: organizer,
        body: {
          topicPrizes: [
            {
              code: 'CAO_TUOI',
              label: 'Tác giả cao tuổi',
              condition: { kind: 'oldestAuthor', years: 70 },
            },
            {
              code: 'KIEU_BAO',
              label: 'Kiều bào',
              condition: { kind: 'overseasAuthor', years: 18 },
            },
          ],
        },
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    expect(unknown.body.details.map((detail) => `${detail.field}:${detail.code}`)).toEqual([
      'topicPrizes.0.condition.kind:TOPIC_PRIZE_CONDITION_UNKNOWN',
      'topicPrizes.1.condition.years:UNKNOWN_FIELD',
    ]);
    const after = (
      await app.request<AwardResponse>('GET', `/awards/${awardId}`, { token: organizer })
    ).body;
    expect(after.topicPrizes).toEqual(before.topicPrizes);
  });

  it('should decide the oldest-author prize for a work with an author aged 70 or more on the deadline', async () => {
    const response = await setPrize(0, { topicPrizes: ['CAO_TUOI'] });
    expect(response.status).toBe(200);
    expect(await decision(0)).toEqual({ tier_code: null, topic_prizes: ['CAO_TUOI'] });
  });

  it('should refuse the youngest-author prize for a work without an author under 18, say why in words, and write no prize', async () => {
    const audits = await countRows(app.db, 'audit_log', `action = 'prize.set'`);
    const refused = await setPrize(2, { topicPrizes: ['TRE'] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TOPIC_PRIZE_CONDITION_UNMET');
    expect(refused.body.message).toBe(
      'Tác phẩm không đáp ứng điều kiện của giải chuyên đề đã chọn.',
    );
    expect(refused.body.details).toHaveLength(1);
    expect(refused.body.details?.[0]).toMatchObject({
      field: 'topicPrizes',
      code: 'TOPIC_PRIZE_NEEDS_AUTHOR_YOUNGER_THAN',
    });
    const deadline = (
      await app.request<AwardResponse>('GET', `/awards/${awardId}`, { token: organizer })
    ).body.rules.submissionDeadline;
    // Ages count on the deadline's day in Vietnam.
    const { day, month, year } = vietnamDateParts(new Date(deadline));
    expect(refused.body.details?.[0]?.message).toBe(
      `Giải chuyên đề “Tác giả trẻ” dành cho tác giả dưới 18 tuổi (tính đến ngày ${day}/${month}/${year}); tác phẩm không có tác giả nào dưới 18 tuổi.`,
    );
    for (const text of [refused.body.message, refused.body.details?.[0]?.message])
      expect(text).not.toMatch(PROGRAMMER_WORDS);
    expect(await decision(2)).toBeUndefined();
    expect(await countRows(app.db, 'audit_log', `action = 'prize.set'`)).toBe(audits);

    const english = await setPrize(2, { topicPrizes: ['TRE'] }, 'en');
    expect(english.body.details?.[0]?.message).toMatch(
      /^The topic prize “Tác giả trẻ” is for authors under 18 \(on \d{2}\/\d{2}\/\d{4}\); no author of this work is that young\.$/,
    );
  });

  it('should leave a decided prize as it was when a topic prize added to it is refused', async () => {
    expect(
      (await setPrize(1, { tierCode: 'A', topicPrizes: ['LY_LUAN'], note: 'Hội đồng thống nhất.' }))
        .status,
    ).toBe(200);
    const refused = await setPrize(1, { tierCode: 'A', topicPrizes: ['LY_LUAN', 'CAO_TUOI'] });
    expect(refused.status).toBe(409);
    expect(refused.body.details?.[0]?.message).toMatch(
      /^Giải chuyên đề “Tác giả cao tuổi” dành cho tác giả từ 70 tuổi trở lên \(tính đến ngày \d{2}\/\d{2}\/\d{4}\); tác phẩm không có tác giả nào đủ tuổi\.$/,
    );
    expect(await decision(1)).toEqual({ tier_code: 'A', topic_prizes: ['LY_LUAN'] });
  });

  it('should ask for the birth date it needs rather than guess, naming the author', async () => {
    // Submission asks every author's birth date; works entered before that (or forwarded from them) may lack it.
    await app.db.query('UPDATE entry_authors SET date_of_birth = NULL WHERE entry_id = $1', [
      entries[3],
    ]);
    const refused = await setPrize(3, { topicPrizes: ['CAO_TUOI'] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TOPIC_PRIZE_AUTHOR_DATA_MISSING');
    expect(refused.body.message).toBe('Thiếu thông tin về tác giả để xét giải chuyên đề đã chọn.');
    expect(refused.body.details).toEqual([
      {
        field: 'topicPrizes',
        code: 'TOPIC_PRIZE_AUTHOR_BIRTH_DATE_MISSING',
        message:
          'Thiếu ngày sinh của tác giả Lê Văn Bình để xét giải chuyên đề “Tác giả cao tuổi”.',
        params: { author: 'Lê Văn Bình', topic: 'Tác giả cao tuổi' },
      },
    ]);
    for (const text of [refused.body.message, refused.body.details?.[0]?.message])
      expect(text).not.toMatch(PROGRAMMER_WORDS);
    expect(await decision(3)).toBeUndefined();
    // A prize without a condition needs no birth date.
    expect((await setPrize(3, { topicPrizes: ['LY_LUAN'] })).status).toBe(200);
    expect((await setPrize(3, { topicPrizes: [] })).status).toBe(200);
  });

  it('should give the overseas-author prize only to a work with an author declared as living abroad', async () => {
    expect((await setPrize(4, { topicPrizes: ['KIEU_BAO'] })).status).toBe(200);
    const refused = await setPrize(2, { topicPrizes: ['KIEU_BAO'] });
    expect(refused.status).toBe(409);
    expect(refused.body.details?.[0]).toMatchObject({
      code: 'TOPIC_PRIZE_NEEDS_OVERSEAS_AUTHOR',
      message:
        'Giải chuyên đề “Tác giả là người Việt Nam ở nước ngoài” dành cho tác giả là người Việt Nam ở nước ngoài; tác phẩm không có tác giả nào được khai là sinh sống ở nước ngoài.',
    });
    expect(await decision(2)).toBeUndefined();
  });

  describe('once published', () => {
    let publishedAt: Date;
    beforeAll(async () => {
      expect(
        (await app.request('POST', `/awards/${awardId}/publish`, { token: organizer })).status,
      ).toBe(200);
      publishedAt = (await app.db.query('SELECT published_at FROM awards WHERE id = $1', [awardId]))
        .rows[0].published_at as Date;
    });

    it('should congratulate a topic prize winner by the prize won, never as a work without a prize', async () => {
      const elder = await outcomeMail(TITLES[0]!);
      expect(elder).toContain(
        `Chúc mừng: tác phẩm "${TITLES[0]}" đạt Giải chuyên đề Tác giả cao tuổi.`,
      );
      expect(elder).toContain(
        `Congratulations: "${TITLES[0]}" won the topic prize Tác giả cao tuổi.`,
      );
      expect(elder).not.toContain('không đạt giải');
      expect(elder).not.toContain('did not win');
      const overseas = await outcomeMail(TITLES[4]!);
      expect(overseas).toContain(`đạt Giải chuyên đề Tác giả là người Việt Nam ở nước ngoài.`);
      expect(overseas).not.toContain('không đạt giải');
    });

    it('should name both the tier and the topic prize of a work that won both, and tell the others they won nothing', async () => {
      const both = await outcomeMail(TITLES[1]!);
      // The label already says "Giải chuyên đề": it is not said twice.
      expect(both).toContain(
        `Chúc mừng: tác phẩm "${TITLES[1]}" đạt Giải A và Giải chuyên đề Lý luận xây dựng Đảng.`,
      );
      expect(both).toContain(
        `Congratulations: "${TITLES[1]}" won Giải A and the topic prize Giải chuyên đề Lý luận xây dựng Đảng.`,
      );
      for (const title of [TITLES[2]!, TITLES[3]!]) {
        const mail = await outcomeMail(title);
        expect(mail).toContain(`Tác phẩm "${title}" không đạt giải lần này.`);
        expect(mail).not.toContain('Chúc mừng');
      }
    });

    it('should list a topic-only winner in the public results and show its prize to its reporter', async () => {
      const results = (
        await app.request<PublicResultResponse[]>('GET', `/public/awards/${awardId}/results`)
      ).body;
      expect(results.find((row) => row.entryTitle === TITLES[0])).toMatchObject({
        tierCode: null,
        topicPrizes: ['CAO_TUOI'],
      });
      const entry = (
        await app.request<EntryResponse>('GET', `/entries/${entries[0]}`, { token: nhungToken })
      ).body;
      expect(entry.outcome).toEqual({
        tierCode: null,
        tierLabel: null,
        topicPrizes: [{ code: 'CAO_TUOI', label: 'Tác giả cao tuổi' }],
        standing: 'awarded',
        certificateAvailable: true,
      });
    });

    it("should issue a topic-only winner's certificate naming the topic prize, dated at the award's place", async () => {
      const response = await download(app, `/entries/${entries[0]}/certificate`, nhungToken);
      expect(response.status).toBe(200);
      const text = await pdfText(response.bytes);
      expect(text).toContain('Đã đoạt GIẢI CHUYÊN ĐỀ: TÁC GIẢ CAO TUỔI');
      expect(text).toContain(formalDateLine(publishedAt, 'Quy Nhơn'));
      expect(text).toMatch(/Quy Nhơn, ngày \d{2} tháng \d{2} năm \d{4}/);

      const both = await pdfText(
        (await download(app, `/entries/${entries[1]}/certificate`, nhungToken)).bytes,
      );
      expect(both).toContain('Đã đoạt GIẢI A');
      expect(both).toContain('Giải chuyên đề Lý luận xây dựng Đảng');
      expect(both).not.toContain('Giải chuyên đề: Giải chuyên đề');

      const english = await pdfText(
        (await download(app, `/entries/${entries[0]}/certificate?lang=en`, nhungToken)).bytes,
      );
      expect(english).toContain(formalDateLine(publishedAt, 'Quy Nhơn', 'en'));
    });

    it("should date the official prize list at the award's place, as Party documents are dated", async () => {
      const response = await download(
        app,
        `/awards/${awardId}/results/export?format=pdf`,
        organizer,
      );
      expect(response.status).toBe(200);
      const text = await pdfText(response.bytes);
      expect(text).toContain(formalDateLine(publishedAt, 'Quy Nhơn'));
      expect(text).toContain('GIẢI CHUYÊN ĐỀ: TÁC GIẢ CAO TUỔI (1 tác phẩm)');
      expect(text).toContain('GIẢI CHUYÊN ĐỀ LÝ LUẬN XÂY DỰNG ĐẢNG (1 tác phẩm)');
      expect(text).not.toContain('GIẢI CHUYÊN ĐỀ: GIẢI CHUYÊN ĐỀ');
    });
  });
});
