/** The demo's people (see demo-data.ts): fixed ids, accounts, and each award's members. */

export const DEMO_PASSWORD = 'Demo2020!vn';

export const DEMO_IDS = {
  nationalAward: '5a000000-0000-4000-8000-000000002020',
  binhDinhAward: '5b000000-0000-4000-8000-000000002020',
  /** The current Gia Lai call, open for entries, so a reporter can try the whole submission. */
  openAward: '5c000000-0000-4000-8000-000000002026',
  /** Gia Lai 2025, judged and decided but not yet published: try the publication yourself. */
  decidedAward: '5d000000-0000-4000-8000-000000002025',
} as const;

export interface DemoUser {
  id: string;
  email: string;
  fullName: string;
  penName?: string;
  organizationName?: string;
  isAdmin?: boolean;
  /** `organization`: an agency's account that files entries in batches (docs/agencies.md). */
  accountKind?: 'person' | 'organization';
  role: string;
}

export const ADMIN: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000001',
  email: 'admin@demo.vn',
  fullName: 'Quản trị hệ thống',
  isAdmin: true,
  role: 'admin',
};
// The national award is chaired by Ban Tổ chức Trung ương; its standing agency, Tạp chí Xây dựng
// Đảng, runs the secretariat. The judges come from the co-organising and central press agencies.
export const ORGANIZER: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000002',
  email: 'tochuc@demo.vn',
  fullName: 'Nguyễn Thị Thanh Hương',
  organizationName: 'Ban Tổ chức Trung ương',
  role: 'organizer (national)',
};
export const SECRETARY: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000003',
  email: 'thuky@demo.vn',
  fullName: 'Lê Văn Hùng',
  organizationName: 'Tạp chí Xây dựng Đảng',
  role: 'secretary (national)',
};
export const JUDGES: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000004',
    email: 'giamkhao1@demo.vn',
    fullName: 'Phạm Quang Minh',
    organizationName: 'Tạp chí Cộng sản',
    role: 'judge (national)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000005',
    email: 'giamkhao2@demo.vn',
    fullName: 'Hoàng Thị Lan Anh',
    organizationName: 'Đài Tiếng nói Việt Nam',
    role: 'judge (national)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000006',
    email: 'giamkhao3@demo.vn',
    fullName: 'Vũ Đức Thắng',
    organizationName: 'Đài Truyền hình Việt Nam',
    role: 'judge (national)',
  },
];
/** Ran the Bình Định award at the province's organization commission; since 1 July 2025 that is Gia Lai's. */
export const BINH_DINH_ORGANIZER: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000007',
  email: 'tochuc.binhdinh@demo.vn',
  fullName: 'Nguyễn Văn Thành',
  organizationName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
  role: 'organizer (Gia Lai, formerly Bình Định)',
};
/** Since 1 July 2025 the provincial newspaper and radio-TV station are one agency of the merged province. */
export const GIA_LAI_PRESS = 'Báo và Phát thanh, Truyền hình Gia Lai';
export const REPORTERS: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000008',
    email: 'phongvien1@demo.vn',
    fullName: 'Đặng Thị Hồng Nhung',
    penName: 'Hồng Nhung',
    organizationName: GIA_LAI_PRESS,
    role: 'reporter',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000009',
    email: 'phongvien2@demo.vn',
    fullName: 'Trương Minh Đức',
    penName: 'Minh Đức',
    organizationName: GIA_LAI_PRESS,
    role: 'reporter',
  },
];
/**
 * The province's press agency files its reporters' works to the open Gia Lai call in a batch with its
 * covering letter (demo-agency.seeder.ts). The agency is real; the person in charge is the demo's own.
 */
export const AGENCY: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000020',
  email: 'coquan@demo.vn',
  fullName: 'Phạm Thị Thanh Hương',
  organizationName: GIA_LAI_PRESS,
  accountKind: 'organization',
  role: 'organization account of Báo và Phát thanh, Truyền hình Gia Lai: a batch with its covering letter',
};
/** The Gia Lai 2025 jury: from bodies other than the entrants' agency, so no conflict of interest. */
export const BINH_DINH_JUDGES: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000010',
    email: 'giamkhao.binhdinh1@demo.vn',
    fullName: 'Võ Thành Nam',
    organizationName: 'Hội Nhà báo tỉnh Gia Lai',
    role: 'judge (Gia Lai)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000011',
    email: 'giamkhao.binhdinh2@demo.vn',
    fullName: 'Lý Thị Mai',
    organizationName: 'Trường Chính trị tỉnh Gia Lai',
    role: 'judge (Gia Lai)',
  },
];
/**
 * A member of Gia Lai 2025's steering committee (Ban Chỉ đạo): a demo person with a generic title. The
 * demo leaves the prize list unapproved, so a visitor can approve it (docs/councils.md).
 */
export const STEERING_MEMBER: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000021',
  email: 'bcd.gialai@demo.vn',
  fullName: 'Đặng Văn Thịnh',
  organizationName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai',
  role: 'steering committee member of Gia Lai 2025: approves its prize list',
};
/** The demo's people, for the seeders that act as them. */
export const DEMO_PEOPLE = {
  admin: ADMIN.id,
  organizer: ORGANIZER.id,
  secretary: SECRETARY.id,
  judges: JUDGES.map((judge) => judge.id),
  provincialOrganizer: BINH_DINH_ORGANIZER.id,
  reporters: REPORTERS.map((reporter) => reporter.id),
  agency: AGENCY.id,
} as const;
export const USERS: DemoUser[] = [
  ADMIN,
  ORGANIZER,
  SECRETARY,
  ...JUDGES,
  BINH_DINH_ORGANIZER,
  ...REPORTERS,
  ...BINH_DINH_JUDGES,
  AGENCY,
  STEERING_MEMBER,
];

export const DEMO_ACCOUNTS = USERS.map((user) => ({
  role: user.role,
  email: user.email,
  password: DEMO_PASSWORD,
}));

/** The national judges' titles, in the order of JUDGES: each at the agency the judge comes from. */
const NATIONAL_JUDGE_TITLES = [
  'Phó Tổng Biên tập Tạp chí Cộng sản',
  'Trưởng ban Thời sự Đài Tiếng nói Việt Nam',
  'Phó Trưởng ban Thời sự Đài Truyền hình Việt Nam',
];
const GIA_LAI_JUDGE_TITLES = [
  'Phó Chủ tịch Thường trực Hội Nhà báo tỉnh Gia Lai',
  'Phó Hiệu trưởng Trường Chính trị tỉnh Gia Lai',
];

/** Each membership carries the member's body at the time of that edition. */
export const MEMBERS: {
  awardId: string;
  user: DemoUser;
  role: 'organizer' | 'secretary' | 'judge' | 'steering';
  organizationName?: string;
  /** Chức vụ: generic titles at the real bodies, never a real office-holder's name (docs/councils.md). */
  title?: string;
}[] = [
  { awardId: DEMO_IDS.openAward, user: BINH_DINH_ORGANIZER, role: 'organizer' },
  { awardId: DEMO_IDS.nationalAward, user: ORGANIZER, role: 'organizer' },
  {
    awardId: DEMO_IDS.nationalAward,
    user: SECRETARY,
    role: 'secretary',
    title: 'Trưởng ban Thư ký tòa soạn Tạp chí Xây dựng Đảng',
  },
  ...JUDGES.map((user, index) => ({
    awardId: DEMO_IDS.nationalAward,
    user,
    role: 'judge' as const,
    title: NATIONAL_JUDGE_TITLES[index],
  })),
  {
    awardId: DEMO_IDS.binhDinhAward,
    user: BINH_DINH_ORGANIZER,
    role: 'organizer',
    organizationName: 'Ban Tổ chức Tỉnh ủy Bình Định',
  },
  { awardId: DEMO_IDS.decidedAward, user: BINH_DINH_ORGANIZER, role: 'organizer' },
  ...BINH_DINH_JUDGES.map((user, index) => ({
    awardId: DEMO_IDS.decidedAward,
    user,
    role: 'judge' as const,
    title: GIA_LAI_JUDGE_TITLES[index],
  })),
  {
    awardId: DEMO_IDS.decidedAward,
    user: STEERING_MEMBER,
    role: 'steering',
    title: 'Ủy viên Ban Chỉ đạo Giải',
  },
];
