import { parseFrDate } from '@tremplin/domain';

/** The weekly pattern as the « Disponibilités » tab edits it: ISO weekday (1 = lundi) and minutes of the day. */
export interface Slot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** « Lundi »: a weekday's name, capitalised (1 = lundi). */
export function weekdayLabel(weekday: number): string {
  const name = WEEKDAYS[weekday - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** 1260 → « 21:00 »; 1440 → « 24:00 » (midnight at the end of the day). */
export function timeLabel(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** « 21:00 – 24:00 ». */
export function slotLabel(s: { startMinute: number; endMinute: number }): string {
  return `${timeLabel(s.startMinute)} – ${timeLabel(s.endMinute)}`;
}

/** A time as typed: « 21:00 », « 21h », « 21 h 30 », « 7 », « 24:00 » → minutes of the day; null when unreadable. */
export function parseTime(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** The slots by weekday then start, as the API keeps them (plain copies: what the API's input takes). */
export function sortSlots(slots: readonly Slot[]): Slot[] {
  return slots
    .map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute }))
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
}

/**
 * Why a new slot cannot be added to `slots` (same rules as the API: it ends after it starts, it does not overlap
 * another slot of the same day), or null.
 */
export function newSlotError(slots: readonly Slot[], slot: Slot): string | null {
  if (slot.endMinute <= slot.startMinute)
    return 'La fin doit être après le début. Une nuit qui passe minuit se saisit en deux plages : jusqu’à 24:00, puis dès 00:00 le lendemain.';
  const other = slots.find(
    (s) => s.weekday === slot.weekday && s.startMinute < slot.endMinute && slot.startMinute < s.endMinute,
  );
  return other
    ? `Cette plage chevauche celle du ${WEEKDAYS[slot.weekday - 1]} ${slotLabel(other)} : retirez-la ou changez les heures.`
    : null;
}

/** The nights the pattern holds: a day available until 24:00 and the next one from 00:00 (« du mardi au mercredi »). */
export function nightsOf(slots: readonly Slot[]): string[] {
  const nights: string[] = [];
  for (let day = 1; day <= 7; day++) {
    const next = (day % 7) + 1;
    const evening = slots.find((s) => s.weekday === day && s.endMinute === 1440);
    const morning = slots.find((s) => s.weekday === next && s.startMinute === 0);
    if (evening && morning && evening.startMinute > 0)
      nights.push(
        `du ${WEEKDAYS[day - 1]} au ${WEEKDAYS[next - 1]} (${timeLabel(evening.startMinute)} – ${timeLabel(morning.endMinute)})`,
      );
  }
  return nights;
}

/** Whether two patterns hold the same slots. */
export function sameSlots(a: readonly Slot[], b: readonly Slot[]): boolean {
  const key = (s: readonly Slot[]) =>
    sortSlots(s)
      .map((x) => `${x.weekday}:${x.startMinute}-${x.endMinute}`)
      .join(',');
  return key(a) === key(b);
}

/** A day typed jj/mm/aaaa → `YYYY-MM-DD`, or the error to show under its field. */
export function readDay(text: string, required: boolean): { value: string | null; error?: string } {
  if (!text.trim()) return required ? { value: null, error: 'Champ obligatoire.' } : { value: null };
  const value = parseFrDate(text);
  const d = value ? new Date(`${value}T00:00:00Z`) : null;
  if (!value || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    return { value: null, error: 'Saisissez une date réelle au format jj/mm/aaaa, par exemple 01/05/2027.' };
  return { value };
}
