/**
 * French display formats, shared by the web app and the reports so that a figure reads the same everywhere:
 * dates `dd/mm/yyyy`, counts with their noun agreed.
 */

/** `1988-03-14` → `14/03/1988`; anything that is not an ISO date is returned unchanged. */
export function formatIsoDateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `14/03/1988` (also `14-03-1988`, `14.03.1988`, `14 03 1988`) → `1988-03-14`; `null` when the text is not such a date. */
export function parseFrDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** `0 personne`, `1 personne`, `2 personnes` (French: 0 and 1 take the singular). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${new Intl.NumberFormat('fr-FR').format(count).replace(/\u202f/g, '\u00a0')} ${Math.abs(count) < 2 ? singular : plural}`;
}
