import { createHash, randomInt } from 'node:crypto';

/** How many recovery codes a user receives at once. */
export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32 alphabet: no I, L, O, U, easy to read back from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16; // 16 × 5 bits = 80 random bits

/** A new recovery code, e.g. `7K2M-9QHT-X4BD-1RVN` (80 bits from the CSPRNG). */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code.match(/.{4}/g)!.join('-');
}

/**
 * What a person typed, in the form that is hashed: upper case, without spaces or dashes, and the letters people
 * confuse read as Crockford says (O → 0, I and L → 1). Null if it cannot be a recovery code.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const s = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return s.length === LENGTH && [...s].every((c) => ALPHABET.includes(c)) ? s : null;
}

/**
 * SHA-256 is enough here (no slow hash): each code carries 80 random bits, out of reach of a brute force on a
 * stolen hash, unlike a password (docs/security.md).
 */
export function hashRecoveryCode(normalised: string): string {
  return createHash('sha256').update(`tremplin-recovery:${normalised}`).digest('hex');
}
