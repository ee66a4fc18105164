/** Durations are stored as integer minutes and shown the French way: `0 h`, `12 h`, `12 h 30`, `1 234 h`. */

const NBSP = '\u00a0';

/** Whole hours with a no-break space between thousands: 1234 → `1 234`. */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/**
 * `minutes` as hours and minutes: 0 → `0 h`, 720 → `12 h`, 750 → `12 h 30`, 545 → `9 h 05`, 74 040 → `1 234 h`.
 * Fractions of a minute are rounded; a negative duration keeps its sign (`-18 h`).
 */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes);
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `${sign}${groupThousands(hours)} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}
