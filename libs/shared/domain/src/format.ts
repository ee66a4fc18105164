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

const FR_INTEGER = new Intl.NumberFormat('fr-FR');

/** `0 personne`, `1 personne`, `2 personnes` (French: 0 and 1 take the singular). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${FR_INTEGER.format(count).replace(/\u202f/g, '\u00a0')} ${Math.abs(count) < 2 ? singular : plural}`;
}

/**
 * Hours as typed by a person → minutes: `35`, `35 h`, `35h30`, `35,5`, `7.25`, `1 h 05`. `null` when unreadable.
 */
export function parseHoursToMinutes(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  const hm = /^(\d{1,5}) ?h ?(\d{1,2})?(?: ?min)?$/.exec(t);
  if (hm) {
    const minutes = hm[2] ? Number(hm[2]) : 0;
    return minutes < 60 ? Number(hm[1]) * 60 + minutes : null;
  }
  const dec = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(t);
  if (dec) return Math.round(Number(`${dec[1]}.${dec[2] ?? '0'}`) * 60);
  return null;
}

/** Minutes → what a person would type back: `35`, `35 h 30`. */
export function minutesToHoursInput(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : String(h);
}

/**
 * Integer cents as euros, the French way: 123450 → `1 234,50 €`, 5 → `0,05 €`, -1999 → `-19,99 €` (no-break space
 * between thousands, like `formatMinutes`). Fractions of a cent are rounded.
 */
export function formatCents(cents: number): string {
  const total = Math.round(cents);
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

const PARIS_INSTANT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as people in France read it, in Paris time: `14/03/2026 à 09:05`. Unreadable text is returned as is. */
export function formatInstantFr(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const parts = Object.fromEntries(PARIS_INSTANT.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts['day']}/${parts['month']}/${parts['year']} à ${parts['hour']}:${parts['minute']}`;
}
