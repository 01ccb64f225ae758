/**
 * Limits shared by the browser forms and the API DTOs, so both refuse the same input.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_PATTERN = /^\+?[0-9 .()-]{8,20}$/;

/**
 * A page of this site to come back to (`/awards/…/entries/new?x=1`): a path, never another origin —
 * not `//host`, not `/\host` (browsers read both as another site), no spaces or control characters.
 */
export const SAME_SITE_PATH_PATTERN = /^\/(?![/\\])[^\s\\]*$/;
export const SAME_SITE_PATH_MAX_LENGTH = 500;
export const CATEGORY_CODE_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;
export const TIER_CODE_PATTERN = /^[A-Z0-9_]{1,16}$/;
export const TOPIC_CODE_PATTERN = /^[A-Z0-9_]{1,32}$/;
export const PAGE_SIZE_MAX = 200;
export const EDITION_MAX = 100;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
/** An award's place for its documents' date line ("Hà Nội", "Quy Nhơn"). */
export const AWARD_PLACE_MAX_LENGTH = 100;
/** 8 GiB: the largest file any media type may allow (TV masters run to 4 GB). */
export const FILE_MAX_BYTES_CEILING = 8 * 1024 * 1024 * 1024;
/** A complaint's complainant (person or body, as written) and its reason / resolution note. */
export const COMPLAINANT_MAX_LENGTH = 300;
export const COMPLAINT_TEXT_MAX_LENGTH = 5000;
