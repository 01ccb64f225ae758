/** The five kinds of journalism the awards accept (Loại hình báo chí). */
export const MEDIA_TYPES = ['print', 'online', 'radio', 'tv', 'photo'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const AWARD_LEVELS = ['national', 'provincial', 'unit'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/**
 * What a topic prize may require of a work's authors, checked when the prize is decided (one author
 * meeting it is enough): `authorAgeAtLeast` (the oldest-author prize, 70), `authorYoungerThan` (the
 * youngest-author prize, under 18) on the award's reference date, `overseasAuthor` (an overseas
 * Vietnamese author). See `TopicPrizeCondition`.
 */
export const TOPIC_PRIZE_CONDITION_KINDS = [
  'authorAgeAtLeast',
  'authorYoungerThan',
  'overseasAuthor',
] as const;
export type TopicPrizeConditionKind = (typeof TOPIC_PRIZE_CONDITION_KINDS)[number];

/** The lifecycle of one award edition; legal moves live in `@press-award/domain`. */
export const AWARD_STATUSES = [
  'draft',
  'open',
  'closed',
  'judging',
  'decided',
  'published',
] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/**
 * Roles a user holds inside one award. Any signed-in user may also submit as a reporter.
 * `steering` (a member of the Ban Chỉ đạo) and `auditor` (someone named to check the results) grant
 * reading the verification package when the award restricts it; `steering` also reads and approves
 * the prize list (docs/councils.md). Neither manages anything.
 */
export const AWARD_ROLES = ['organizer', 'secretary', 'judge', 'steering', 'auditor'] as const;
export type AwardRole = (typeof AWARD_ROLES)[number];

/** System-wide roles reported by `GET /me`. */
export const SYSTEM_ROLES = ['admin', 'reporter'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

export const UI_LANGUAGES = ['vi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Languages an award may accept for entries, as BCP 47 tags: the ISO 639-1 code where one exists,
 * otherwise the ISO 639-3 code (docs/glossary.md). Vietnamese, foreign languages, and the minority
 * languages Vietnamese media broadcast in (VOV4, VTV5): Tày tyz, Nùng nut, H'Mông hmn, Chăm cjm
 * (Eastern Cham, spoken in Vietnam), Gia Rai jra, Ê Đê ede, Ba Na bdq, Cơ Ho kpm, M'Nông cmo
 * (Central Mnong). Khmer is km for Cambodia and the Mekong delta alike.
 */
export const ENTRY_LANGUAGES = [
  'vi',
  'en',
  'fr',
  'zh',
  'ru',
  'km',
  'lo',
  'tyz',
  'nut',
  'hmn',
  'cjm',
  'jra',
  'ede',
  'bdq',
  'kpm',
  'cmo',
] as const;

export const MAIL_STATUSES = ['pending', 'sent', 'failed', 'stored'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
