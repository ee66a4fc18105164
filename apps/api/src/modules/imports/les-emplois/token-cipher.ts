import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The API token of les emplois de l’inclusion, encrypted at rest (docs/security.md, « Jeton des emplois de
 * l’inclusion »): AES-256-GCM from Node's crypto (OpenSSL), a random 96-bit nonce per encryption, the structure's id
 * as associated data so that a ciphertext copied onto another structure's row does not decrypt.
 */
const VERSION = 'v1';

export function encryptToken(key: Buffer, structureId: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(structureId, 'utf8'));
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((x) => (typeof x === 'string' ? x : x.toString('base64url')))
    .join('.');
}

/** The token, or null when the ciphertext does not open with this key for this structure (key changed, row moved). */
export function decryptToken(key: Buffer, structureId: string, stored: string): string | null {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(structureId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
