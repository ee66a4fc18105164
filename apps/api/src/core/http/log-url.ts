/** Query parameters whose value is a secret: a feed token, ProConnect's authorization code and state. */
const SECRET_PARAMS = new Set(['token', 'code', 'state', 'id_token_hint']);
/** Paths whose last segment is a secret: the single-use link of a replacement offer (`/offre/<jeton>`). */
const SECRET_PATH = /^(\/offre\/)[^/?#]+/;
const MASK = '[masqué]';

/**
 * The address of a request as the access log writes it: without the secrets some addresses carry (a single-use
 * offer link, a feed token, an OpenID Connect code), which would otherwise sit in every log it passes through.
 */
export function logUrl(url: string | undefined): string {
  if (!url) return '';
  const q = url.indexOf('?');
  const path = (q < 0 ? url : url.slice(0, q)).replace(SECRET_PATH, `$1${MASK}`);
  if (q < 0) return path;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let key = name;
      try {
        key = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed name is logged as sent.
      }
      return SECRET_PARAMS.has(key.toLowerCase()) ? `${name}=${MASK}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}
