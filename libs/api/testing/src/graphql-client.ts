/** A GraphQL-over-HTTP client for tests that keeps the session cookie, as a browser would. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fieldErrors?: { field: string; message: string }[]; [k: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Headers;
}

export class GraphqlClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  /** Data of a call expected to succeed; throws with the errors otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL a échoué : ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** The first error of a call expected to fail. */
  async fail(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
    const r = await this.request(query, variables);
    if (!r.errors?.length) throw new Error(`Un échec était attendu, reçu : ${JSON.stringify(r.data)}`);
    return r.errors[0];
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.ok(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password } });
  }
}
