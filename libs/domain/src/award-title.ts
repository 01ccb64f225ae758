/** Roman numerals as Vietnamese editions are written ("lần thứ V"); 1–3999. */
export function romanNumeral(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.trunc(value);
  if (rest < 1 || rest > 3999) return String(value);
  let out = '';
  for (const [amount, letters] of numerals) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/**
 * The award's full title where it stands alone (emails, certificates, provenance, official lists):
 * its name, then the edition and year as the award writes them ("… lần thứ V – năm 2020"). An
 * organizer who already put the edition or the year in the name does not get them twice.
 */
export function awardTitle(award: { name: string; edition: number; year: number }): string {
  let title = award.name.trim();
  if (!/lần thứ\s/iu.test(title)) title += ` lần thứ ${romanNumeral(award.edition)}`;
  if (!title.includes(String(award.year))) title += ` – năm ${award.year}`;
  return title;
}
