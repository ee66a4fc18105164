import { formatInstantFr, formatIsoDateFr, todayInParis } from '@tremplin/domain';

const RELATIVE = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });
/**
 * How long ago an instant was, in plain French: « à l’instant », « il y a 5 minutes », « il y a 3 heures », « hier »,
 * « il y a 4 jours »; from a week on, the date: « le 14/03/2026 ».
 */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 60) return 'à l’instant';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return RELATIVE.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return RELATIVE.format(-hours, 'hour');
  const days = Math.floor(hours / 24);
  if (days < 7) return RELATIVE.format(-days, 'day');
  return `le ${formatIsoDateFr(todayInParis(then))}`;
}

/** « 14/03/2026 09:30 » in Paris time, for the tooltip and the `<time>` element. */
export function fullDateTime(iso: string): string {
  return formatInstantFr(iso);
}

/**
 * Where a notification leads, as a path of this application. Links are written by the API, either as paths or as
 * absolute URLs (the e-mails need those): an absolute URL keeps only its path, query and fragment.
 */
export function internalPath(link: string | null | undefined): string | null {
  if (!link) return null;
  if (link.startsWith('/')) return link;
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
