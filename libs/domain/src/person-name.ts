/**
 * Vietnamese names compared the way a secretariat would: without diacritics or case, with "Đ" read
 * as "D" and spacing ignored, so "Nguyễn Văn  Đức" and "nguyen van duc" are the same person.
 */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
