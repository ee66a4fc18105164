import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import { ACCOUNT_MESSAGES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from '@tremplin/domain';

/**
 * The password policy (docs/security.md, « Mots de passe »): the CNIL's 2022 recommendation for a password used
 * alone — at least 12 characters and enough entropy — measured by zxcvbn-ts with the common (most used passwords,
 * keyboard layouts) and French dictionaries, the person's own name and e-mail counting as known words.
 */
let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: fr.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...fr.dictionary },
    useLevenshteinDistance: true,
  });
  return factory;
}

/** What the person is known by: her names and the parts of her e-mail address. */
export function userInputsOf(person: { email?: string | null; firstName?: string | null; lastName?: string | null }) {
  const email = (person.email ?? '').toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  return [person.firstName, person.lastName, email, local, ...local.split(/[._+-]/), ...domain.split('.')]
    .map((s) => (s ?? '').trim().toLowerCase())
    .filter((s) => s.length >= 3);
}

/** Null when the password may be used; else the French reason. */
export function passwordProblem(
  password: string,
  person: { email?: string | null; firstName?: string | null; lastName?: string | null } = {},
): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return ACCOUNT_MESSAGES.passwordTooShort;
  if (password.length > PASSWORD_MAX_LENGTH) return ACCOUNT_MESSAGES.passwordTooLong;
  const result = zxcvbn().check(password, userInputsOf(person));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const hint = result.feedback.warning ? result.feedback.warning.replace(/\.$/, '').toLowerCase() : null;
  return ACCOUNT_MESSAGES.passwordTooWeak(hint);
}
