import { type FieldError } from '@tremplin/domain';
import { BadUserInputError } from '../errors/app-errors';

/**
 * What a partial update does with one field (docs/domain/concurrent-edits.md, part 2): a field left out of the input
 * keeps its value; `null` clears it — to `clearTo` — or, for a field the record cannot do without, is refused with
 * `required`, the French message naming it.
 */
export type PatchRule = { required: string } | { clearTo: unknown };

/** A field that `null` clears to nothing. */
export const CLEARABLE: PatchRule = { clearTo: null };

/** A field `null` may not clear: « Le prénom est obligatoire : il ne peut pas être effacé. » */
export function required(label: string, { feminine = false, plural = false } = {}): PatchRule {
  const pronoun = plural ? (feminine ? 'elles' : 'ils') : feminine ? 'elle' : 'il';
  const verb = plural ? 'sont obligatoires' : 'est obligatoire';
  const ending = `${feminine ? 'e' : ''}${plural ? 's' : ''}`;
  return {
    required:
      `${label} ${verb} : ${pronoun} ne ${plural ? 'peuvent' : 'peut'} pas être effacé${ending}. ` +
      'Saisissez une autre valeur, ou laissez le champ de côté pour garder celle enregistrée.',
  };
}

/** The fields a patch may change, each with its rule. */
export type PatchRules<T> = { [K in keyof T]?: PatchRule };

/**
 * `current` ⊕ `patch`: every field of `rules` the patch gives (null included) replaces the current value; the others
 * are kept. A `null` on a required field refuses the whole patch (BAD_USER_INPUT, every such field named), before
 * anything is written. The merged record is then validated by the caller as a whole.
 */
export function applyPatch<T extends object>(current: T, patch: object, rules: PatchRules<T>): T {
  const given = patch as Record<string, unknown>;
  const merged = { ...current } as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const [field, rule] of Object.entries(rules) as [string, PatchRule][]) {
    const value = given[field];
    if (value === undefined) continue;
    if (value !== null) merged[field] = value;
    else if ('required' in rule) errors.push({ field, message: rule.required });
    else merged[field] = rule.clearTo;
  }
  if (errors.length) throw new BadUserInputError(errors);
  return merged as T;
}
