/** The demo accounts `npm start` prints (api/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'Demo2020!vn';
export const DEMO = {
  admin: 'admin@demo.vn',
  organizer: 'tochuc@demo.vn',
  secretary: 'thuky@demo.vn',
  judge: 'giamkhao1@demo.vn',
  binhDinhOrganizer: 'tochuc.binhdinh@demo.vn',
  reporter: 'phongvien1@demo.vn',
  /** The press agency's organization account: a batch in the open call (docs/agencies.md). */
  agency: 'coquan@demo.vn',
  /** Gia Lai 2025's steering committee member: approves its prize list (docs/councils.md). */
  steering: 'bcd.gialai@demo.vn',
} as const;
export const NATIONAL_AWARD_ID = '5a000000-0000-4000-8000-000000002020';
export const BINH_DINH_AWARD_ID = '5b000000-0000-4000-8000-000000002020';
export const OPEN_AWARD_ID = '5c000000-0000-4000-8000-000000002026';
/** Gia Lai 2025: scored, prizes decided (status `decided`), waiting to be published. */
export const DECIDED_AWARD_ID = '5d000000-0000-4000-8000-000000002025';
