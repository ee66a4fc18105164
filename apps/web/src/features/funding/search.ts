import { normalizeForSearch } from '@tremplin/domain';

/** Whether every word of `query` is found in one of `texts` (accents, case and apostrophes ignored, as the server's search does). */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = normalizeForSearch(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

/** One page of a list shown on the client: the page's items, the page count and the corrected page number. */
export function pageOf<T>(items: T[], page: number, size: number): { items: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), pages, page: current };
}
