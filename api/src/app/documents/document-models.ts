import type {
  AwardInstitution,
  CouncilPerson,
  CouncilView,
  DocumentType,
} from '@press-award/contracts';
import { awardTitle, formatDong } from '@press-award/domain';
import type { PartyBlock, PartyDocumentModel } from './party-document';

/**
 * The texts of the numbered documents, built from the award's records as plain data (pure functions:
 * the service reads the records, numbers the document and renders it). Vietnamese, in the wording of
 * the committees' own documents.
 */

export interface DocumentAward {
  name: string;
  edition: number;
  year: number;
  organizerName: string | null;
  place: string | null;
  institution: AwardInstitution;
}

export interface DocumentHeader {
  reference: string;
  issuedOn: string;
}

const fullTitle = (award: DocumentAward) =>
  awardTitle({ name: award.name, edition: award.edition, year: award.year });

/** "Ban Tổ chức Trung ương" → "BAN TỔ CHỨC TRUNG ƯƠNG": the authority a decision speaks as. */
const authority = (award: DocumentAward) =>
  (award.organizerName ?? award.institution.issuingBody)
    .normalize('NFC')
    .trim()
    .toLocaleUpperCase('vi');

function frame(
  award: DocumentAward,
  header: DocumentHeader,
  title: string,
  subtitle: string | null,
): Pick<PartyDocumentModel, 'header' | 'title' | 'subtitle' | 'metaTitle'> {
  return {
    header: {
      parentBody: award.institution.parentBody,
      issuingBody: award.institution.issuingBody,
      reference: header.reference,
      place: award.place,
      issuedOn: header.issuedOn,
    },
    title,
    subtitle,
    metaTitle: `${header.reference} ${title.charAt(0)}${title.slice(1).toLocaleLowerCase('vi')}${subtitle ? ` ${subtitle}` : ''}`,
  };
}

const signer = (award: DocumentAward) => ({
  title: award.institution.signerTitle,
  name: award.institution.signerName,
});

const personLine = (person: CouncilPerson) =>
  [person.title, person.organizationName].filter((part) => part && part.trim()).join(', ');

// ---------------------------------------------------------------------------------------------
// Quyết định thành lập Hội đồng

export function councilDecisionModel(
  award: DocumentAward,
  header: DocumentHeader,
  council: CouncilView,
): PartyDocumentModel {
  const name = council.name.trim();
  const lowerName = name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
  const duty = new Map<string, string>();
  if (council.chair) duty.set(council.chair.userId, 'Chủ tịch Hội đồng');
  if (council.viceChair) duty.set(council.viceChair.userId, 'Phó Chủ tịch Hội đồng');
  if (council.secretary) duty.set(council.secretary.userId, 'Thư ký Hội đồng');
  for (const subcommittee of council.subcommittees)
    if (subcommittee.leader && !duty.has(subcommittee.leader.userId))
      duty.set(subcommittee.leader.userId, `Trưởng ${subcommittee.name}`);
  const blocks: PartyBlock[] = [
    { kind: 'paragraph', text: authority(award), emphasis: 'bold', align: 'center' },
    { kind: 'paragraph', text: `- Căn cứ Thể lệ ${fullTitle(award)};` },
    { kind: 'paragraph', text: '- Căn cứ Kế hoạch tổ chức Giải và tiến độ chấm giải;' },
    { kind: 'paragraph', text: '- Xét đề nghị của Ban Thư ký Giải,' },
    { kind: 'paragraph', text: 'QUYẾT ĐỊNH', emphasis: 'bold', align: 'center' },
    {
      kind: 'paragraph',
      text: `Điều 1. Thành lập ${name} ${fullTitle(award)} (${council.roundName}) gồm ${council.members.length} đồng chí có tên sau:`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 6, align: 'center' },
        { header: 'Họ và tên', width: 24 },
        { header: 'Chức vụ, cơ quan công tác', width: 44 },
        { header: 'Nhiệm vụ trong Hội đồng', width: 26 },
      ],
      rows: council.members.map((person, index) => [
        String(index + 1),
        person.fullName,
        personLine(person),
        duty.get(person.userId) ?? 'Ủy viên',
      ]),
    },
  ];
  if (council.subcommittees.length) {
    blocks.push({
      kind: 'paragraph',
      text: `Điều 2. ${name} làm việc theo ${council.subcommittees.length} tiểu ban, mỗi tiểu ban chấm các tác phẩm của hạng mục được giao:`,
    });
    for (const subcommittee of council.subcommittees)
      blocks.push({
        kind: 'paragraph',
        text: `- ${subcommittee.name}${subcommittee.leader ? ` (Trưởng tiểu ban: đồng chí ${subcommittee.leader.fullName})` : ''}: ${subcommittee.members.map((member) => member.fullName).join(', ') || 'chưa phân công'}.`,
      });
  }
  const next = council.subcommittees.length ? 3 : 2;
  blocks.push(
    {
      kind: 'paragraph',
      text: `Điều ${next}. ${name} có nhiệm vụ chấm các tác phẩm dự giải theo Thể lệ, chấm độc lập và không biết tên tác giả; Chủ tịch Hội đồng ký biên bản kết quả chấm và đề xuất. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.`,
    },
    {
      kind: 'paragraph',
      text: `Điều ${next + 1}. Ban Thư ký Giải và các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    },
  );
  return {
    ...frame(award, header, 'QUYẾT ĐỊNH', `về việc thành lập ${lowerName} ${fullTitle(award)}`),
    landscape: false,
    blocks,
    signature: signer(award),
    signatures: [],
    recipients: ['Như Điều ' + String(next + 1) + ',', 'Lưu Văn phòng, Ban Thư ký Giải.'],
  };
}

// ---------------------------------------------------------------------------------------------
// Biên bản of a closed round

export interface MinutesEntry {
  code: string;
  categoryName: string;
  /** Each submitted sheet's total, by judge pseudonym (GK01…), in pseudonym order. */
  sheetTotals: { judge: string; total: number }[];
  /** The aggregate (mean of the totals) as the results show it; null without sheets. */
  total: number | null;
  rank: number | null;
  flags: string[];
  /** How a flag was settled: the decision taken on the entry (advanced, tier…), if any. */
  resolution: string | null;
}

export interface MinutesInput {
  roundName: string;
  council: CouncilView | null;
  closedAt: string;
  snapshotHash: string;
  judges: number;
  sheets: number;
  maxTotal: number;
  expectedSheets: number;
  entries: MinutesEntry[];
  /** The council's proposal: the finalists of the next round, or the prizes. */
  proposal: { heading: string; lines: string[] };
}

/** 85.333… → "85,33" (two decimals, Vietnamese decimal comma). */
export const score = (value: number | null): string =>
  value === null ? '—' : value.toFixed(2).replace('.', ',');

const FLAG_NAMES: Record<string, string> = {
  MISSING_SHEETS: 'thiếu phiếu',
  DISAGREEMENT: 'điểm chênh lệch lớn',
  TIE: 'bằng điểm',
  NO_SHEETS: 'chưa có phiếu',
};

export function roundMinutesModel(
  award: DocumentAward,
  header: DocumentHeader,
  input: MinutesInput,
): PartyDocumentModel {
  const council = input.council;
  const councilName = council?.name ?? `Hội đồng chấm ${input.roundName.toLocaleLowerCase('vi')}`;
  const flagged = input.entries.filter((entry) => entry.flags.length);
  const blocks: PartyBlock[] = [
    {
      kind: 'paragraph',
      text: `Vào ngày ${header.issuedOn.split('-').reverse().join('/')}, ${councilName} ${fullTitle(award)} hoàn thành việc chấm ${input.roundName.toLocaleLowerCase('vi')}.`,
    },
    { kind: 'paragraph', text: 'I. THÀNH PHẦN', emphasis: 'bold' },
  ];
  if (council) {
    const roles: [string, CouncilPerson | null][] = [
      ['Chủ tịch Hội đồng', council.chair],
      ['Phó Chủ tịch Hội đồng', council.viceChair],
      ['Thư ký Hội đồng', council.secretary],
    ];
    for (const [role, person] of roles)
      if (person)
        blocks.push({
          kind: 'paragraph',
          text: `- Đồng chí ${person.fullName}${personLine(person) ? `, ${personLine(person)}` : ''} – ${role};`,
        });
    blocks.push({
      kind: 'paragraph',
      text: `- Các thành viên Hội đồng: ${council.members.length} đồng chí${council.subcommittees.length ? `, làm việc theo ${council.subcommittees.length} tiểu ban (${council.subcommittees.map((sub) => sub.name).join('; ')})` : ''}.`,
    });
  }
  blocks.push(
    {
      kind: 'paragraph',
      text: `${input.judges} giám khảo đã nộp ${input.sheets} phiếu chấm (mỗi tác phẩm ${input.expectedSheets} phiếu, thang điểm tối đa ${score(input.maxTotal)}). Giám khảo chấm độc lập, không biết tên tác giả; trong biên bản này giám khảo được ghi theo mã (GK01, GK02…) như trong gói kiểm chứng công khai.`,
    },
    { kind: 'paragraph', text: 'II. KẾT QUẢ CHẤM', emphasis: 'bold' },
    {
      kind: 'paragraph',
      text: `Phương pháp tổng hợp: điểm trung bình cộng các phiếu chấm; xếp hạng trong từng hạng mục. Dữ liệu chấm được niêm phong khi đóng vòng, mã băm SHA-256: ${input.snapshotHash}.`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 5, align: 'center' },
        { header: 'Mã tác phẩm', width: 12 },
        { header: 'Hạng mục', width: 20 },
        { header: 'Điểm từng giám khảo', width: 33 },
        { header: 'Điểm tổng hợp', width: 10, align: 'right' },
        { header: 'Xếp hạng', width: 8, align: 'center' },
        { header: 'Lưu ý', width: 12 },
      ],
      rows: input.entries.map((entry, index) => [
        String(index + 1),
        entry.code,
        entry.categoryName,
        entry.sheetTotals.map((sheet) => `${sheet.judge}: ${score(sheet.total)}`).join('; '),
        score(entry.total),
        entry.rank === null ? '—' : String(entry.rank),
        entry.flags.map((flag) => FLAG_NAMES[flag] ?? flag).join(', '),
      ]),
    },
    {
      kind: 'paragraph',
      text: 'III. CÁC TRƯỜNG HỢP CẦN XEM XÉT VÀ CÁCH GIẢI QUYẾT',
      emphasis: 'bold',
    },
  );
  if (!flagged.length)
    blocks.push({ kind: 'paragraph', text: 'Không có tác phẩm nào cần xem xét thêm.' });
  for (const entry of flagged)
    blocks.push({
      kind: 'paragraph',
      text: `- ${entry.code} (${entry.flags.map((flag) => FLAG_NAMES[flag] ?? flag).join(', ')}): ${entry.resolution ?? 'Hội đồng thống nhất giữ kết quả tổng hợp.'}`,
    });
  blocks.push({ kind: 'paragraph', text: `IV. ${input.proposal.heading}`, emphasis: 'bold' });
  for (const line of input.proposal.lines) blocks.push({ kind: 'paragraph', text: line });
  blocks.push({
    kind: 'paragraph',
    text: 'Biên bản được lập từ dữ liệu chấm đã niêm phong của vòng, thông qua tại phiên họp và được các thành viên Hội đồng thống nhất.',
    emphasis: 'italic',
  });
  return {
    ...frame(
      award,
      header,
      'BIÊN BẢN',
      `kết quả chấm ${input.roundName.toLocaleLowerCase('vi')} – ${councilName}`,
    ),
    landscape: true,
    blocks,
    signature: null,
    signatures: [
      { title: 'THƯ KÝ HỘI ĐỒNG', name: council?.secretary?.fullName ?? null },
      { title: 'CHỦ TỊCH HỘI ĐỒNG', name: council?.chair?.fullName ?? null },
    ],
    recipients: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Danh sách đề nghị (tờ trình) / Quyết định tặng giải / danh sách chi trả

export interface PrizeLine {
  code: string;
  title: string;
  categoryName: string;
  authors: { fullName: string; penName: string | null; organizationName: string | null }[];
  outlet: string;
  tierCode: string;
  tierLabel: string;
  prizeMoney: number | null;
  topicPrizes: string[];
}

export interface CollectiveLine {
  organizationName: string;
  tierLabel: string;
  citation: string;
  prizeMoney: number | null;
}

export interface PrizeListInput {
  /** In tier order, then by code. */
  prizes: PrizeLine[];
  collective: CollectiveLine[];
  /** Tiers in order with their counts (for the summary line). */
  tiers: { label: string; count: number; prizeMoney: number | null }[];
}

const money = (amount: number | null) => (amount === null ? '' : formatDong(amount));

const byline = (authors: PrizeLine['authors']) =>
  authors
    .map((author) => `${author.fullName}${author.penName ? ` (${author.penName})` : ''}`)
    .join(', ');

function prizeTable(input: PrizeListInput): PartyBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 5, align: 'center' },
      { header: 'Giải', width: 9 },
      { header: 'Mã', width: 8 },
      { header: 'Tên tác phẩm', width: 24 },
      { header: 'Tác giả (bút danh)', width: 20 },
      { header: 'Cơ quan báo chí', width: 17 },
      { header: 'Tiền thưởng (đồng)', width: 12, align: 'right' },
    ],
    rows: input.prizes.map((prize, index) => [
      String(index + 1),
      prize.tierLabel,
      prize.code,
      prize.title + (prize.topicPrizes.length ? ` [${prize.topicPrizes.join(', ')}]` : ''),
      byline(prize.authors),
      prize.outlet,
      money(prize.prizeMoney),
    ]),
  };
}

function collectiveBlocks(input: PrizeListInput, lead: string): PartyBlock[] {
  if (!input.collective.length) return [];
  return [
    { kind: 'paragraph', text: lead },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 5, align: 'center' },
        { header: 'Tập thể', width: 30 },
        { header: 'Hình thức', width: 14 },
        { header: 'Thành tích', width: 39 },
        { header: 'Tiền thưởng (đồng)', width: 12, align: 'right' },
      ],
      rows: input.collective.map((line, index) => [
        String(index + 1),
        line.organizationName,
        line.tierLabel,
        line.citation,
        money(line.prizeMoney),
      ]),
    },
  ];
}

export const prizeTotal = (input: PrizeListInput): number =>
  [...input.prizes, ...input.collective].reduce((sum, line) => sum + (line.prizeMoney ?? 0), 0);

const summary = (input: PrizeListInput) =>
  input.tiers
    .filter((tier) => tier.count)
    .map((tier) => `${tier.count} ${tier.label}`)
    .join(', ');

export function prizeProposalModel(
  award: DocumentAward,
  header: DocumentHeader,
  input: PrizeListInput,
): PartyDocumentModel {
  return {
    ...frame(award, header, 'TỜ TRÌNH', `đề nghị tặng ${fullTitle(award)}`),
    landscape: true,
    blocks: [
      {
        kind: 'paragraph',
        text: `Kính gửi: Ban Chỉ đạo ${fullTitle(award)}`,
        emphasis: 'bold',
        align: 'center',
      },
      {
        kind: 'paragraph',
        text: `Căn cứ Thể lệ Giải và kết quả chấm của các Hội đồng, ${award.organizerName ?? 'Ban Tổ chức Giải'} kính trình Ban Chỉ đạo xem xét, phê duyệt danh sách đề nghị tặng giải gồm ${input.prizes.length} tác phẩm (${summary(input) || 'chưa có giải'})${input.collective.length ? ` và ${input.collective.length} tập thể` : ''}, cụ thể như sau:`,
      },
      { kind: 'paragraph', text: 'I. DANH SÁCH TÁC PHẨM ĐỀ NGHỊ TẶNG GIẢI', emphasis: 'bold' },
      prizeTable(input),
      ...collectiveBlocks(input, 'II. DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG'),
      {
        kind: 'paragraph',
        text: `Tổng kinh phí khen thưởng đề nghị: ${formatDong(prizeTotal(input))} đồng.`,
        emphasis: 'bold',
      },
      { kind: 'paragraph', text: 'Kính trình Ban Chỉ đạo xem xét, quyết định.' },
    ],
    signature: signer(award),
    signatures: [],
    recipients: ['Như trên,', 'Lưu Ban Thư ký Giải.'],
  };
}

/** The steering committee's current approvals of the list (docs/councils.md): how many, and the latest's day. */
export interface SteeringApproval {
  members: number;
  /** dd/MM/yyyy, in Vietnam. */
  approvedOn: string;
}

export function prizeDecisionModel(
  award: DocumentAward,
  header: DocumentHeader,
  input: PrizeListInput,
  approval: SteeringApproval | null = null,
): PartyDocumentModel {
  return {
    ...frame(award, header, 'QUYẾT ĐỊNH', `về việc tặng ${fullTitle(award)}`),
    landscape: true,
    blocks: [
      { kind: 'paragraph', text: authority(award), emphasis: 'bold', align: 'center' },
      { kind: 'paragraph', text: `- Căn cứ Thể lệ ${fullTitle(award)};` },
      ...(approval
        ? ([
            { kind: 'paragraph', text: '- Căn cứ kết quả chấm của Hội đồng chung khảo;' },
            {
              kind: 'paragraph',
              text: `- Căn cứ ý kiến phê duyệt của Ban Chỉ đạo Giải (${approval.members} thành viên, ngày ${approval.approvedOn});`,
            },
          ] satisfies PartyBlock[])
        : ([
            {
              kind: 'paragraph',
              text: '- Căn cứ kết quả chấm của Hội đồng chung khảo và ý kiến phê duyệt của Ban Chỉ đạo Giải;',
            },
          ] satisfies PartyBlock[])),
      { kind: 'paragraph', text: '- Xét đề nghị của Ban Thư ký Giải,' },
      { kind: 'paragraph', text: 'QUYẾT ĐỊNH', emphasis: 'bold', align: 'center' },
      {
        kind: 'paragraph',
        text: `Điều 1. Tặng ${fullTitle(award)} cho ${input.prizes.length} tác phẩm (${summary(input) || 'không có giải'}) có tên trong danh sách dưới đây:`,
      },
      prizeTable(input),
      ...collectiveBlocks(
        input,
        'Điều 2. Tặng Giấy chứng nhận và tiền thưởng cho các tập thể có thành tích trong tổ chức, hưởng ứng Giải:',
      ),
      {
        kind: 'paragraph',
        text: `Điều ${input.collective.length ? 3 : 2}. Mức thưởng theo Thể lệ Giải: ${
          input.tiers
            .filter((tier) => tier.prizeMoney !== null)
            .map((tier) => `${tier.label} ${formatDong(tier.prizeMoney ?? 0)} đồng`)
            .join('; ') || 'theo Thể lệ'
        }. Tổng số tiền thưởng: ${formatDong(prizeTotal(input))} đồng.`,
      },
      {
        kind: 'paragraph',
        text: `Điều ${input.collective.length ? 4 : 3}. Ban Thư ký Giải, các tác giả, nhóm tác giả và tập thể có tên tại Điều 1${input.collective.length ? ', Điều 2' : ''} chịu trách nhiệm thi hành Quyết định này.`,
      },
    ],
    signature: signer(award),
    signatures: [],
    recipients: [
      'Ban Chỉ đạo Giải (để báo cáo),',
      'Như Điều ' + String(input.collective.length ? 4 : 3) + ',',
      'Lưu Văn phòng, Ban Thư ký Giải.',
    ],
  };
}

export interface PaymentRow {
  code: string;
  title: string;
  tierLabel: string;
  workPrize: number;
  recipient: string;
  penName: string | null;
  organizationName: string | null;
  amount: number;
}

export function paymentListModel(
  award: DocumentAward,
  header: DocumentHeader,
  rows: PaymentRow[],
): PartyDocumentModel {
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  return {
    ...frame(award, header, 'DANH SÁCH', `chi trả tiền thưởng ${fullTitle(award)}`),
    landscape: true,
    blocks: [
      {
        kind: 'paragraph',
        text:
          award.institution.prizeSplit === 'equal'
            ? 'Tiền thưởng của tác phẩm có nhiều tác giả được chia đều cho các đồng tác giả (làm tròn đến nghìn đồng, phần lẻ cho tác giả thứ nhất).'
            : 'Tiền thưởng của tác phẩm có nhiều tác giả được chi cho tác giả thứ nhất, đại diện nhóm tác giả.',
        emphasis: 'italic',
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 5, align: 'center' },
          { header: 'Mã', width: 7 },
          { header: 'Tác phẩm', width: 21 },
          { header: 'Giải', width: 9 },
          { header: 'Người nhận', width: 17 },
          { header: 'Cơ quan', width: 15 },
          { header: 'Số tiền (đồng)', width: 12, align: 'right' },
          { header: 'Ký nhận', width: 14 },
        ],
        rows: [
          ...rows.map((row, index) => [
            String(index + 1),
            row.code,
            row.title,
            row.tierLabel,
            `${row.recipient}${row.penName ? ` (${row.penName})` : ''}`,
            row.organizationName ?? '',
            formatDong(row.amount),
            '',
          ]),
          ['', '', 'Tổng cộng', '', '', '', formatDong(total), ''],
        ],
      },
    ],
    signature: signer(award),
    signatures: [],
    recipients: ['Bộ phận tài vụ,', 'Lưu Ban Thư ký Giải.'],
  };
}

export interface BatchListDocumentInput {
  organizationName: string;
  letterNumber: string | null;
  /** YYYY-MM-DD. */
  letterIssuedOn: string | null;
  entries: {
    title: string;
    categoryName: string;
    authors: { fullName: string; penName: string | null }[];
    parts: { outlet: string; publishedAt: string }[];
    receiptNumber: string | null;
  }[];
}

const calendar = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

/**
 * The committee's numbered record of an agency's batch: what the agency sent with its covering
 * letter, as received (each work, its authors with pen names, where and when it was published, its
 * receipt number), so the committee's file and the agency's letter can be matched.
 */
export function batchListModel(
  award: DocumentAward,
  header: DocumentHeader,
  input: BatchListDocumentInput,
): PartyDocumentModel {
  const letter = input.letterNumber
    ? `Công văn số ${input.letterNumber}${input.letterIssuedOn ? ` ngày ${calendar(input.letterIssuedOn)}` : ''}`
    : null;
  return {
    ...frame(
      award,
      header,
      'DANH SÁCH',
      `tác phẩm dự ${fullTitle(award)} do ${input.organizationName} gửi`,
    ),
    landscape: true,
    blocks: [
      {
        kind: 'paragraph',
        text: `${letter ? `Kèm theo ${letter} của ${input.organizationName}. ` : ''}Ban Thư ký Giải đã nhận ${input.entries.length} tác phẩm sau:`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 5, align: 'center' },
          { header: 'Tên tác phẩm', width: 27 },
          { header: 'Hạng mục', width: 14 },
          { header: 'Tác giả (bút danh)', width: 22 },
          { header: 'Cơ quan báo chí, ngày đăng', width: 20 },
          { header: 'Số biên nhận', width: 12 },
        ],
        rows: input.entries.map((entry, index) => [
          String(index + 1),
          entry.title,
          entry.categoryName,
          byline(entry.authors.map((author) => ({ ...author, organizationName: null }))),
          entry.parts.map((part) => `${part.outlet}, ${calendar(part.publishedAt)}`).join('; '),
          entry.receiptNumber ?? 'chưa nộp',
        ]),
      },
    ],
    signature: signer(award),
    signatures: [],
    recipients: [`${input.organizationName},`, 'Lưu Ban Thư ký Giải.'],
  };
}

/** The title each document is listed under. */
export const DOCUMENT_TITLES: Record<DocumentType, string> = {
  council_decision: 'Quyết định thành lập Hội đồng',
  round_minutes: 'Biên bản chấm giải',
  prize_proposal: 'Tờ trình đề nghị tặng giải',
  prize_decision: 'Quyết định tặng giải',
  payment_list: 'Danh sách chi trả tiền thưởng',
  batch_list: 'Danh sách tác phẩm gửi dự giải',
};
