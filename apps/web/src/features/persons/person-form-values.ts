import {
  checkBirthDate,
  formatIsoDateFr,
  parseFrDate,
  PHONE_PATTERN,
  POSTAL_CODE_PATTERN,
  todayInParis,
} from '@tremplin/domain';
import type { CreatePersonInput } from '../../gql/graphql';
import type { FormFieldOf, FormValuesOf } from '../../lib/form-values';

/**
 * The form as typed: one string per field of the API's person input (derived from it: a field added to the input is a
 * field of the form), the birth date as the person writes it (jj/mm/aaaa), `sex` a `PersonSex` code or '' when not
 * recorded.
 */
export type PersonFormValues = FormValuesOf<CreatePersonInput>;

export type PersonField = FormFieldOf<CreatePersonInput>;

export const PERSON_FIELD_LABELS: Record<PersonField, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  sex: 'Sexe',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  addressLine: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  counsellorId: 'Conseiller·ère référent·e',
};

export const PERSON_FIELD_ORDER = Object.keys(PERSON_FIELD_LABELS) as PersonField[];

export const EMPTY_PERSON: PersonFormValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  sex: '',
  email: '',
  phone: '',
  addressLine: '',
  postalCode: '',
  city: '',
  counsellorId: '',
};

export function personToFormValues(p: {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex?: string | null;
  email?: string | null;
  phone?: string | null;
  addressLine?: string | null;
  postalCode?: string | null;
  city?: string | null;
  counsellor?: { id: string } | null;
}): PersonFormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: formatIsoDateFr(p.birthDate),
    sex: p.sex ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    addressLine: p.addressLine ?? '',
    postalCode: p.postalCode ?? '',
    city: p.city ?? '',
    counsellorId: p.counsellor?.id ?? '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The checks the server also makes (same shared rules and messages), run before sending so that the person sees
 * them at once. The server stays the authority: what it refuses is shown the same way.
 */
export function checkPersonForm(v: PersonFormValues, today = todayInParis()): Partial<Record<PersonField, string>> {
  const errors: Partial<Record<PersonField, string>> = {};
  if (!v.firstName.trim()) errors.firstName = 'Le prénom est obligatoire.';
  else if (v.firstName.trim().length > 100) errors.firstName = 'Le prénom est trop long (100 caractères au plus).';
  if (!v.lastName.trim()) errors.lastName = 'Le nom est obligatoire.';
  else if (v.lastName.trim().length > 100) errors.lastName = 'Le nom est trop long (100 caractères au plus).';
  if (!v.birthDate.trim()) errors.birthDate = 'La date de naissance est obligatoire.';
  else {
    const iso = parseFrDate(v.birthDate);
    errors.birthDate = iso
      ? (checkBirthDate(iso, today) ?? undefined)
      : 'Saisissez la date de naissance au format jj/mm/aaaa, par exemple 14/03/1988.';
    if (!errors.birthDate) delete errors.birthDate;
  }
  if (v.email.trim() && !EMAIL.test(v.email.trim()))
    errors.email = 'L’adresse e-mail n’est pas valide : elle doit ressembler à prenom.nom@exemple.fr.';
  if (v.phone.trim() && !PHONE_PATTERN.test(v.phone.trim()))
    errors.phone = 'Le numéro de téléphone n’est pas valide : 10 chiffres, par exemple 06 12 34 56 78.';
  if (v.postalCode.trim() && !POSTAL_CODE_PATTERN.test(v.postalCode.trim()))
    errors.postalCode = 'Le code postal doit compter 5 chiffres, par exemple 76000.';
  return errors;
}

/** The mutation input: the birth date in ISO form (as typed when it cannot be read, so that the server explains). */
export function toPersonInput(v: PersonFormValues): CreatePersonInput {
  const opt = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    birthDate: parseFrDate(v.birthDate) ?? v.birthDate.trim(),
    sex: opt(v.sex),
    email: opt(v.email),
    phone: opt(v.phone),
    addressLine: opt(v.addressLine),
    postalCode: opt(v.postalCode),
    city: opt(v.city),
    counsellorId: opt(v.counsellorId),
  };
}
