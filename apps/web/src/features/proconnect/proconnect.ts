/** What the API says of ProConnect for this browser (GET /api/auth/proconnect/status). */
export interface ProConnectStatus {
  /** The installation offers ProConnect: show the button. */
  enabled: boolean;
  /** Why the last ProConnect sign-in was refused (French), said once. */
  refusal: string | null;
  /** This browser's session came from ProConnect: signing out goes through ProConnect too. */
  session: boolean;
}

export const PROCONNECT_LOGIN_PATH = '/api/auth/proconnect/login';
export const PROCONNECT_LOGOUT_PATH = '/api/auth/proconnect/logout';

export async function fetchProConnectStatus(): Promise<ProConnectStatus> {
  try {
    const res = await fetch('/api/auth/proconnect/status', { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) return { enabled: false, refusal: null, session: false };
    return (await res.json()) as ProConnectStatus;
  } catch {
    return { enabled: false, refusal: null, session: false };
  }
}
