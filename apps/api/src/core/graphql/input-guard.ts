import { ValidationError } from 'class-validator';
import { getMetadataStorage } from 'class-validator';

/**
 * The one check every value of every input goes through (docs/security.md, « Saisies hostiles »), whatever its
 * decorators: the validation pipe runs it on each GraphQL argument and the caseload import on each row. A new field
 * cannot escape it, because it looks at values, not at declarations:
 * - text: no control character (NUL…), no bidirectional control (U+202A–U+202E, U+2066–U+2069) anywhere; no
 *   zero-width character (U+200B–U+200D, U+2060, U+FEFF, and the marks U+200E/U+200F) in a one-line field (names,
 *   identifiers, labels). Only the multi-line free-text fields (`FREE_TEXT_FIELDS`) accept \n and \t (a \r\n
 *   from a text box becomes \n) and zero-width joiners (emoji, scripts that need them).
 * - numbers: finite, not negative, at most Number.MAX_SAFE_INTEGER — unless the field declares its own lower bound
 *   (@Min), which then rules.
 * - dates: a day written AAAA-MM-JJ or a timestamp, between 1900-01-01 and 2100-12-31.
 * An id is text like any other here: one that is no UUID stays the services' business (« introuvable », as an id of
 * another structure), and the database's refusal of one is answered NOT_FOUND by formatError as a last resort.
 */

/** Multi-line free-text fields (text boxes): notes, comments, reasons. Every other text is one line. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'notes',
  'comment',
  'message',
  'reason',
  'overrideReason',
  'refusalReason',
  'reorientation',
  'requirements',
  'tutorFeedback',
  'scope',
  'description',
]);

export const MIN_DAY = '1900-01-01';
export const MAX_DAY = '2100-12-31';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF]/u;
/** C0, DEL and C1 controls, and the line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/u;
/** A UTF-16 surrogate alone (no character: JSON can carry "\ud800"); some libraries throw on it. */
const LONE_SURROGATE = /\p{Cs}/u;
const DAY_SHAPED = /^(\d{4,})-\d{2}-\d{2}$/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Names of fields that no message of theirs names. */
const FIELD_LABELS: Record<string, string> = {
  birthDate: 'La date de naissance',
  id: 'L’identifiant',
  personId: 'L’identifiant de la personne',
  after: 'Le curseur de pagination',
  before: 'Le curseur de pagination',
  version: 'La version lue',
};

/**
 * The field's French name with its article, read from one of its own messages (« La ville doit être un texte. »,
 * « Le nom de la ville est trop long … » → « Le nom de la ville »), else from FIELD_LABELS, else its key.
 */
function labelOf(target: object | undefined, property: string): string {
  if (target) {
    const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
    for (const m of metas) {
      if (m.propertyName !== property) continue;
      if (m.name === 'isIsoDay' && typeof m.constraints?.[0] === 'string') return m.constraints[0] as string;
      if (typeof m.message !== 'string') continue;
      const found =
        /^((?:Le|La|Les|L’|L')\s?[^.:;]{1,60}?) (?:doit|doivent|est|sont|n’est|n’existe|ne peut|dépasse)\b/u.exec(
          m.message,
        );
      if (found) return found[1];
    }
  }
  return FIELD_LABELS[property] ?? `Le champ « ${property} »`;
}

/** « contient » or « contiennent »: the verb agrees with a plural label (« Les notes »). */
const agree = (label: string, singular: string, plural: string) => (/^(Les|Des) /.test(label) ? plural : singular);

/** The refusal of one text value, or null. */
export function textProblem(value: string, freeText: boolean, label: string): string | null {
  const contains = agree(label, 'contient', 'contiennent');
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `${label} ${contains} un caractère invalide (${codePoint(lone[0])}) : saisissez-le à nouveau.`;
  const bidi = BIDI.exec(value);
  if (bidi)
    return `${label} ${contains} un caractère qui inverse le sens d’écriture (${codePoint(bidi[0])}) : retirez-le (il peut faire passer un texte pour un autre).`;
  const control = (freeText ? CONTROL_EXCEPT_LINES : CONTROL).exec(value);
  if (control) {
    if (control[0] === '\n' || control[0] === '\r' || control[0] === '\t')
      return `${label} ${agree(label, 'tient', 'tiennent')} sur une ligne : retirez les retours à la ligne et les tabulations.`;
    return `${label} ${contains} un caractère de contrôle (${codePoint(control[0])}) : retirez-le.`;
  }
  const zeroWidth = freeText ? null : ZERO_WIDTH.exec(value);
  if (zeroWidth) return `${label} ${contains} un caractère invisible (${codePoint(zeroWidth[0])}) : retirez-le.`;
  const day = freeText ? null : DAY_SHAPED.exec(value);
  if (day && (value < MIN_DAY || value > MAX_DAY || day[1].length > 4)) return dayRangeMessage(label);
  return null;
}

export const dayRangeMessage = (label: string) =>
  `${label} ${agree(label, 'doit', 'doivent')} être entre le 1er janvier 1900 et le 31 décembre 2100.`;

function hasOwnLowerBound(target: object | undefined, property: string): boolean {
  if (!target) return false;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .some((m) => m.propertyName === property && (m.name === 'min' || m.name === 'isPositive'));
}

/** The refusal of one number, or null. */
function numberProblem(value: number, ownLowerBound: boolean, label: string): string | null {
  if (!Number.isFinite(value)) return `${label} : un nombre est attendu.`;
  if (value < 0 && !ownLowerBound) return `${label} : une valeur négative n’est pas acceptée.`;
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return `${label} : ce nombre est trop grand.`;
  return null;
}

function dateProblem(value: Date, label: string): string | null {
  const t = value.getTime();
  if (Number.isNaN(t) || t < Date.UTC(1900, 0, 1) || t >= Date.UTC(2101, 0, 1)) return dayRangeMessage(label);
  return null;
}

/**
 * Checks every value under `value` (an argument, or an input object as class-transformer made it) and returns one
 * ValidationError per refused value, its `property` being its whole path (`lines.0.comment`). Free-text strings
 * with \r\n are rewritten to \n in place.
 */
export function inputGuardErrors(value: unknown, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const refuse = (at: string, message: string) => {
    const e = new ValidationError();
    e.property = at;
    e.constraints = { inputGuard: message };
    e.children = [];
    errors.push(e);
  };
  const visit = (v: unknown, at: string, owner: object | undefined, property: string, depth: number) => {
    if (depth > 20 || v === null || v === undefined) return;
    if (typeof v === 'string') {
      const problem = textProblem(v, FREE_TEXT_FIELDS.has(property), labelOf(owner, property));
      if (problem) refuse(at, problem);
    } else if (typeof v === 'number') {
      const problem = numberProblem(v, hasOwnLowerBound(owner, property), labelOf(owner, property));
      if (problem) refuse(at, problem);
    } else if (v instanceof Date) {
      const problem = dateProblem(v, labelOf(owner, property));
      if (problem) refuse(at, problem);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${at}.${i}`, owner, property, depth + 1));
    } else if (typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (typeof child === 'string' && FREE_TEXT_FIELDS.has(key) && child.includes('\r'))
          (v as Record<string, unknown>)[key] = child.replace(/\r\n?/g, '\n');
        visit((v as Record<string, unknown>)[key], at ? `${at}.${key}` : key, v, key, depth + 1);
      }
    }
  };
  visit(value, path, undefined, path, 0);
  return errors;
}
