import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../config/app-config';
import type { AuthUser } from '../auth.types';
import type { SessionService } from '../session.service';
import type { SignInThrottle } from '../sign-in-throttle';
import { TwoFactorRepository } from './two-factor.repository';
import { TwoFactorService } from './two-factor.service';
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recovery-codes';
import { SecretBox } from './secret-box';
import { truncatedAddress, userAgentSummary } from './session-display';
import { SystemClock } from '../../clock/clock';
import type { AuditService } from '../../audit/audit.service';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, for the same context only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-a')).toBe('JBSWY3DPEHPK3PXP');
    // Copied onto another account, or altered, or under another key: refused.
    expect(() => box.open(sealed, 'user-b')).toThrow();
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'), 'user-a')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'user-a')).toThrow();
  });

  it('uses a fresh IV each time', () => {
    expect(box.seal('x', 'c')).not.toBe(box.seal('x', 'c'));
  });
});

describe('recovery codes', () => {
  it('are 16 characters of Crockford base32 (80 bits), read back whatever the case, spaces or confusable letters', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const plain = code.replace(/-/g, '');
    expect(normaliseRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(plain);
    expect(normaliseRecoveryCode('O0IL-1111-2222-3333')).toBe('0011111122223333');
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(normaliseRecoveryCode('UUUU-UUUU-UUUU-UUUU')).toBeNull();
    expect(hashRecoveryCode(plain)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('« Mes sessions » display', () => {
  it('summarises the user agent', () => {
    expect(
      userAgentSummary(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0',
      ),
    ).toBe('Edge sur Windows');
    expect(
      userAgentSummary('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605 Version/17.0 Safari/605'),
    ).toBe('Safari sur macOS');
    expect(userAgentSummary(null)).toBe('Navigateur inconnu');
    expect(userAgentSummary('curl/8.0')).toBe('Navigateur inconnu');
  });

  it('truncates addresses (IPv4 /24, IPv6 /48)', () => {
    expect(truncatedAddress('192.168.12.34')).toBe('192.168.12.x');
    expect(truncatedAddress('::ffff:10.0.0.7')).toBe('10.0.0.x');
    expect(truncatedAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3:…');
    expect(truncatedAddress(null)).toBe('inconnue');
  });
});

describe('TOTP_ENCRYPTION_KEY', () => {
  it('reads 32 bytes in hex or base64, refuses anything else without echoing it', () => {
    const key = randomBytes(32);
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: key.toString('hex') }).totpEncryptionKey).toEqual(key);
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: key.toString('base64') }).totpEncryptionKey).toEqual(key);
    expect(loadConfig({}).totpEncryptionKey).toBeUndefined();
    for (const bad of ['secret', randomBytes(16).toString('hex'), `${key.toString('hex')}00`]) {
      expect(() => loadConfig({ TOTP_ENCRYPTION_KEY: bad })).toThrow(
        /TOTP_ENCRYPTION_KEY doit être une clé de 32 octets/,
      );
      expect(() => loadConfig({ TOTP_ENCRYPTION_KEY: bad })).not.toThrow(new RegExp(bad));
    }
  });

  it('in production without a key, enrolment is refused with a clear message (nothing is written)', async () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/tremplin' });
    const db = { query: jest.fn() } as unknown as DataSource;
    const service = new TwoFactorService(
      db,
      config,
      {} as SessionService,
      {} as SignInThrottle,
      new TwoFactorRepository(db),
      new SystemClock(),
      {} as AuditService,
    );
    await expect(service.startEnrolment({ id: 'u', email: 'a@b.fr' } as AuthUser)).rejects.toMatchObject({
      message: expect.stringMatching(/TOTP_ENCRYPTION_KEY manquante/),
    });
    expect(db.query).not.toHaveBeenCalled();
  });
});
