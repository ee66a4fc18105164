/**
 * What « Mes sessions » shows of a session: a summary of its browser and system (not the raw user agent) and its
 * address cut short (IPv4 /24, IPv6 /48), enough to recognise one's own device, no more.
 */
export function userAgentSummary(userAgent: string | null): string {
  if (!userAgent) return 'Navigateur inconnu';
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrom(e|ium)\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : null;
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad|iPod/.test(ua)
        ? 'iOS'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  if (!browser && !system) return 'Navigateur inconnu';
  return [browser ?? 'Navigateur inconnu', system].filter(Boolean).join(' sur ');
}

export function truncatedAddress(ip: string | null): string {
  if (!ip) return 'inconnue';
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  if (ip.includes(':')) {
    const groups = ip.split('::')[0].split(':').filter(Boolean).slice(0, 3);
    return `${groups.join(':')}:…`;
  }
  return 'inconnue';
}
