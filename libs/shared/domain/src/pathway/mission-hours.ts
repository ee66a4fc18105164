/**
 * What the counsellor's word to the landlord on a corrected mission may say. It goes to every reviewer of the host as
 * a stored notification, whether or not the person was proposed to them, and outlives any proposal: it must not name
 * nor let anyone reach the person (IAE-RULES §6 — the host sees the mission's dates, site and hours, no more).
 */

/** What identifies the person behind a mission. */
export interface PersonIdentity {
  firstName: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
}

/** Lower case, without accents, apostrophes made straight: « Hélène » and « helene » read the same. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'").toLocaleLowerCase('fr-FR');
}

/** The words of a name worth looking for (3 letters or more: « de », « Li » would match everywhere). */
function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
}

/** French phone numbers as digits, national form (+33 6… → 06…). */
function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('33') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/**
 * Whether `text` names the person (a word of their first or last name, as a whole word, whatever the accents and
 * case), or gives their e-mail address or phone number (whatever the separators).
 */
export function mentionsPerson(text: string, person: PersonIdentity): boolean {
  const folded = fold(text);
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  if ([...nameWords(person.firstName), ...nameWords(person.lastName)].some((w) => words.has(w))) return true;
  if (person.email && folded.includes(fold(person.email.trim()))) return true;
  const phone = person.phone ? phoneDigits(person.phone) : '';
  if (phone.length >= 6) {
    const runs =
      text
        .replace(/\+33\s*/g, '0')
        .replace(/(\d)[\s.\-/]+(?=\d)/g, '$1')
        .match(/\d+/g) ?? [];
    if (runs.some((run) => run.includes(phone))) return true;
  }
  return false;
}
