import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM (node:crypto) for the TOTP secrets at rest: a fresh 96-bit IV per secret, the 128-bit tag checked on
 * every read, and the user's id as additional data, so that a ciphertext copied onto another account does not
 * decrypt (docs/security.md, « Double authentification »).
 */
const VERSION = 'v1';

export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('La clé de chiffrement TOTP doit faire 32 octets.');
  }

  /**
   * The fixed key used outside production when `TOTP_ENCRYPTION_KEY` is not set: it is public (it is in this code),
   * so it protects nothing; it only lets developers and tests run. The start logs a warning.
   */
  static developmentKey(): Buffer {
    return createHash('sha256').update('tremplin:totp:development-key:not-a-secret').digest();
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv.toString('base64url'), tag.toString('base64url'), data.toString('base64url')].join('.');
  }

  /** The plain text, or an error if the box was altered, sealed with another key or for another context. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Secret TOTP illisible.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
