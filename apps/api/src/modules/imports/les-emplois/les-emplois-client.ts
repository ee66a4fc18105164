/**
 * The client of the employee-records endpoint of les emplois de l’inclusion (docs/domain/les-emplois-sync.md):
 * `GET <LES_EMPLOIS_API_URL>/employee-records/` with `Authorization: Token <jeton>`, Django REST framework's page
 * number pagination (`count`, `next`, `previous`, `results`), followed from `next` to the last page.
 */

/** Why the platform gave no complete list: each has its French message in LES_EMPLOIS_MESSAGES. */
export type LesEmploisFailure = 'TOKEN' | 'FORBIDDEN' | 'THROTTLED' | 'UNAVAILABLE' | 'BAD_RESPONSE';

export class LesEmploisError extends Error {
  constructor(
    readonly failure: LesEmploisFailure,
    detail: string,
  ) {
    super(`${failure}: ${detail}`);
    this.name = 'LesEmploisError';
  }
}

/** Records asked per page (the platform's default is 20; `page_size` is its `page_size_query_param`). */
export const PAGE_SIZE = 100;
/** At most this many pages (a `next` that never ends is an error, not a loop). */
export const MAX_PAGES = 1000;
const TIMEOUT_MS = 30_000;

export interface FetchOptions {
  /** Only the first page, of one record: checks the token when an account is linked. */
  probe?: boolean;
  fetchImpl?: typeof fetch;
  /** Waits before asking again after a 429 (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The platform allows 60 requests a minute per account (`EmployeeRecordRateThrottle`); past it, 429 with
 * `Retry-After` (seconds, Django REST framework's throttling). A page is asked again at most this many times, after
 * the delay the platform gives, if it is at most MAX_RETRY_AFTER_SECONDS.
 */
export const MAX_THROTTLE_RETRIES = 3;
export const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * Every employee record the token's account sees (all its structures), in the platform's order (most recent first).
 * `next` is followed only on the configured origin and path: the token is never sent anywhere else.
 */
export async function fetchEmployeeRecords(
  apiUrl: string,
  token: string,
  options: FetchOptions = {},
): Promise<{ records: unknown[]; pages: number }> {
  const base = new URL(`${apiUrl.replace(/\/+$/, '')}/employee-records/`);
  let url: URL | null = new URL(base);
  url.searchParams.set('page_size', String(options.probe ? 1 : PAGE_SIZE));
  const records: unknown[] = [];
  let pages = 0;
  while (url) {
    if (++pages > MAX_PAGES) throw new LesEmploisError('BAD_RESPONSE', `more than ${MAX_PAGES} pages`);
    const body = await getJsonPatiently(url, token, options);
    if (!body || typeof body !== 'object' || !Array.isArray((body as { results?: unknown }).results))
      throw new LesEmploisError('BAD_RESPONSE', `no results array on page ${pages}`);
    const page = body as { results: unknown[]; next?: unknown };
    records.push(...page.results);
    if (options.probe || page.next === null || page.next === undefined) break;
    if (typeof page.next !== 'string') throw new LesEmploisError('BAD_RESPONSE', 'next is not a string');
    let next: URL;
    try {
      next = new URL(page.next, base);
    } catch {
      throw new LesEmploisError('BAD_RESPONSE', 'next is not a URL');
    }
    if (next.origin !== base.origin || next.pathname !== base.pathname)
      throw new LesEmploisError('BAD_RESPONSE', `next leaves ${base.origin}${base.pathname}`);
    url = next;
  }
  return { records, pages };
}

async function getJsonPatiently(url: URL, token: string, options: FetchOptions): Promise<unknown> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await getJson(url, token, options.fetchImpl ?? fetch);
    } catch (e) {
      const wait = e instanceof ThrottledError ? e.retryAfterSeconds : null;
      if (wait === null || wait > MAX_RETRY_AFTER_SECONDS || attempt >= MAX_THROTTLE_RETRIES) throw e;
      await sleep(wait * 1000);
    }
  }
}

class ThrottledError extends LesEmploisError {
  constructor(readonly retryAfterSeconds: number | null) {
    super('THROTTLED', `429, Retry-After ${retryAfterSeconds ?? '?'}`);
  }
}

async function getJson(url: URL, token: string, fetchImpl: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      headers: {
        Accept: 'application/json',
        Authorization: `Token ${token}`,
        'User-Agent': 'Tremplin (suivi des parcours IAE)',
        // The platform's announced meaning of salarieLangueFrancaise (read nowhere here, sent to be a good client).
        'X-API-salarieLangueFrancaise-like-asp': '1',
      },
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new LesEmploisError('UNAVAILABLE', (e as Error).message);
  }
  if (res.status === 401) throw new LesEmploisError('TOKEN', '401');
  if (res.status === 403) throw new LesEmploisError('FORBIDDEN', '403');
  if (res.status === 429) {
    const after = res.headers.get('retry-after');
    throw new ThrottledError(after && /^\d{1,5}$/.test(after.trim()) ? Number(after.trim()) : null);
  }
  if (!res.ok) throw new LesEmploisError('UNAVAILABLE', `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new LesEmploisError('BAD_RESPONSE', 'not JSON');
  }
}
