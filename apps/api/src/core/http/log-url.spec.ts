import { logUrl } from './log-url';

describe('logUrl: the access log keeps no secret of an address', () => {
  it('masks the single-use link of a replacement offer', () => {
    expect(logUrl('/offre/abcDEF123_-xyz')).toBe('/offre/[masqué]');
    expect(logUrl('/offre/abc?utm=1')).toBe('/offre/[masqué]?utm=1');
  });

  it('masks a feed token and ProConnect’s code and state, keeps the rest', () => {
    expect(logUrl('/api/job-board/n1/offers.csv?token=s3cr3t&q=gardien')).toBe(
      '/api/job-board/n1/offers.csv?token=[masqué]&q=gardien',
    );
    expect(logUrl('/api/auth/proconnect/callback?code=c0de&state=st4te&iss=x')).toBe(
      '/api/auth/proconnect/callback?code=[masqué]&state=[masqué]&iss=x',
    );
    expect(logUrl('/x?TOKEN=a&%74oken=b')).toBe('/x?TOKEN=[masqué]&%74oken=[masqué]');
  });

  it('leaves other addresses as they are, malformed ones included', () => {
    expect(logUrl('/personnes/42?onglet=contrat')).toBe('/personnes/42?onglet=contrat');
    expect(logUrl('/graphql')).toBe('/graphql');
    expect(logUrl('/x?%E0%A4%A=1')).toBe('/x?%E0%A4%A=1');
    expect(logUrl(undefined)).toBe('');
  });
});
