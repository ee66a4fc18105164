import {
  addDays,
  addMonths,
  type ContractCheck,
  type ContractCheckInput,
  checkContract,
  CONTRACT_CERFA_KIND_LABELS,
  CONTRACT_FORM_LABELS,
  CONTRACT_PUBLIC_LABELS,
  ContractCerfaKind,
  ContractForm,
  ContractPublic,
  contractWorkedMinutes,
  DEFAULT_OPCO_HOURLY_RATE_CENTS,
  formatCents,
  formatIsoDateFr,
  formatMinutes,
  isIsoDate,
  isValidSiret,
  maxDurationMonths,
  minutesToHoursInput,
  parseFrDate,
  parseHoursToMinutes,
  type StructureKind,
  trainingBounds,
} from '@tremplin/domain';
import { centsToEurosInput, parseEurosToCents } from '@tremplin/domain';
import type { CreateProfessionalisationContractInput } from '../../gql/graphql';
import type { FormFieldOf, FormValuesOf } from '../../lib/form-values';

/** The editable part of the API's contract input: all of it but the person (the page's). */
type ContractEditableInput = Omit<CreateProfessionalisationContractInput, 'personId'>;

/**
 * What is typed, derived from the API's input (a field added to it is a type error here until the form has it): text
 * everywhere (dates jj/mm/aaaa, hours « 350 h 30 », euros « 1 234,50 »), one checkbox.
 */
export type ContractFormValues = FormValuesOf<ContractEditableInput>;

/** The editable fields of a contract, named exactly like the API's input fields (so that refusals land on them). */
export type ContractField = FormFieldOf<ContractEditableInput>;

export type FieldKind = 'text' | 'siret' | 'date' | 'hours' | 'integer' | 'euros' | 'select' | 'checkbox';

export interface ContractFieldSpec {
  name: ContractField;
  label: string;
  kind: FieldKind;
  required?: boolean;
  description?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Options of a select (the empty choice is added by the form). */
  options?: { value: string; label: string }[];
  placeholder?: string;
  wide?: boolean;
}

export interface ContractSection {
  key: string;
  title: string;
  fields: ContractFieldSpec[];
}

export interface ContractFormOptions {
  certifications: { value: string; label: string }[];
  structureTutors: { value: string; label: string }[];
  hostTutors: { value: string; label: string }[];
  opcos: { value: string; label: string }[];
}

const enumOptions = <K extends string | number>(labels: Record<K, string>) =>
  (Object.entries(labels) as [string, string][]).map(([value, label]) => ({ value, label }));

/** The form, in the order of the CERFA 12434: employer, employee, dates and working time, training, tutors, OPCO. */
export function contractSections(options: ContractFormOptions): ContractSection[] {
  return [
    {
      key: 'employer',
      title: 'Employeur',
      fields: [
        {
          name: 'employerSiret',
          label: 'SIRET de l’employeur',
          kind: 'siret',
          required: true,
          description: '14 chiffres, espaces permis.',
        },
        {
          name: 'workplaceSiret',
          label: 'SIRET du lieu d’exécution',
          kind: 'siret',
          required: true,
          description: 'L’établissement où la personne travaille (souvent le même).',
        },
        {
          name: 'collectiveAgreement',
          label: 'Convention collective',
          kind: 'text',
          maxLength: 200,
          description: 'Intitulé ou IDCC ; vide si aucune.',
        },
        {
          name: 'cerfaKind',
          label: 'Type de contrat (CERFA)',
          kind: 'select',
          required: true,
          options: enumOptions(CONTRACT_CERFA_KIND_LABELS),
        },
        {
          name: 'form',
          label: 'Forme du contrat',
          kind: 'select',
          required: true,
          options: enumOptions(CONTRACT_FORM_LABELS),
        },
      ],
    },
    {
      key: 'employee',
      title: 'Salarié·e',
      fields: [
        {
          name: 'publicCategory',
          label: 'Public',
          kind: 'select',
          required: true,
          wide: true,
          options: enumOptions(CONTRACT_PUBLIC_LABELS),
          description: 'Il fixe la durée maximale du contrat (L6325-11 et L6325-12 du code du travail).',
        },
        { name: 'jobTitle', label: 'Emploi occupé', kind: 'text', required: true, maxLength: 200 },
        {
          name: 'franceTravailId',
          label: 'Identifiant France Travail',
          kind: 'text',
          maxLength: 20,
          description: 'Si la personne était inscrite comme demandeuse d’emploi.',
        },
      ],
    },
    {
      key: 'dates',
      title: 'Dates et temps de travail',
      fields: [
        { name: 'startDate', label: 'Début du contrat', kind: 'date', required: true },
        {
          name: 'endDate',
          label: 'Fin du contrat',
          kind: 'date',
          required: true,
          description: 'Pour un CDI : fin de l’action de professionnalisation.',
        },
        {
          name: 'trialPeriodDays',
          label: 'Période d’essai (jours)',
          kind: 'integer',
          required: true,
          min: 0,
          max: 365,
        },
        {
          name: 'weeklyMinutes',
          label: 'Durée hebdomadaire (heures)',
          kind: 'hours',
          required: true,
          description: 'Par exemple 35 ou 26 h 30.',
        },
        {
          name: 'grossMonthlyPayCents',
          label: 'Salaire brut mensuel (€)',
          kind: 'euros',
          required: true,
          description: 'En euros, par exemple 1 801,80.',
        },
      ],
    },
    {
      key: 'training',
      title: 'Formation',
      fields: [
        {
          name: 'certificationId',
          label: 'Certification visée',
          kind: 'select',
          required: true,
          wide: true,
          options: options.certifications,
        },
        { name: 'trainingBodyName', label: 'Organisme de formation', kind: 'text', required: true, maxLength: 200 },
        { name: 'trainingBodySiret', label: 'SIRET de l’organisme de formation', kind: 'siret' },
        {
          name: 'plannedTrainingMinutes',
          label: 'Heures de formation prévues',
          kind: 'hours',
          required: true,
          description: 'Par exemple 350 ou 350 h 30.',
        },
        {
          name: 'branchAgreementReference',
          label: 'Accord de branche (référence)',
          kind: 'text',
          maxLength: 200,
          description: 'Seulement si un accord de branche permet plus de 25 % de formation.',
        },
        {
          name: 'branchAgreementMaxTrainingPercent',
          label: 'Plafond de formation de l’accord (%)',
          kind: 'integer',
          min: 1,
          max: 100,
          description: 'Vide si l’accord ne fixe pas de plafond.',
        },
      ],
    },
    {
      key: 'tutors',
      title: 'Tutorat',
      fields: [
        {
          name: 'structureTutorId',
          label: 'Tuteur·rice de la structure',
          kind: 'select',
          options: options.structureTutors,
          placeholder: 'Aucun·e pour l’instant',
        },
        {
          name: 'hostTutorId',
          label: 'Tuteur·rice de l’entreprise d’accueil',
          kind: 'select',
          options: options.hostTutors,
          placeholder: 'Aucun·e pour l’instant',
        },
        {
          name: 'hostTutorExperienceMonths',
          label: 'Expérience du tuteur·rice d’accueil (mois)',
          kind: 'integer',
          min: 0,
          max: 720,
          description: 'Dans une qualification en rapport avec la certification visée : 24 mois au moins.',
        },
        {
          name: 'hostTutorIsEmployer',
          label: 'Le tuteur·rice d’accueil est l’employeur en personne',
          kind: 'checkbox',
          description: 'Il ou elle suit alors 2 personnes au plus (3 sinon).',
        },
      ],
    },
    {
      key: 'opco',
      title: 'OPCO',
      fields: [
        {
          name: 'opcoFunderId',
          label: 'OPCO',
          kind: 'select',
          options: options.opcos,
          placeholder: options.opcos.length ? 'Choisir l’OPCO…' : 'Aucun OPCO enregistré par la direction',
        },
        { name: 'opcoFileNumber', label: 'Numéro de dossier OPCO', kind: 'text', maxLength: 60 },
        {
          name: 'hourlyRateCents',
          label: 'Taux horaire de prise en charge (€)',
          kind: 'euros',
          description: 'Vide : le taux de l’OPCO, sinon 9,15 € par heure de formation.',
        },
      ],
    },
  ];
}

export const CONTRACT_FIELD_ORDER: ContractField[] = contractSections({
  certifications: [],
  structureTutors: [],
  hostTutors: [],
  opcos: [],
}).flatMap((s) => s.fields.map((f) => f.name));

/** The stored contract, as the API returns it (the fields the form edits). */
export type StoredContract = {
  [K in ContractField]: ContractFormValues[K] extends boolean ? boolean : string | number | null;
};

/** An empty form for a new contract: a first CDD, the person's target certification when known. */
export function emptyContractValues(certificationId: string | null): ContractFormValues {
  const values = Object.fromEntries(CONTRACT_FIELD_ORDER.map((f) => [f, ''])) as unknown as ContractFormValues;
  return {
    ...values,
    cerfaKind: String(ContractCerfaKind.INITIAL),
    form: ContractForm.CDD,
    certificationId: certificationId ?? '',
    hostTutorIsEmployer: false,
  };
}

/** A stored contract → what the form shows (dates jj/mm/aaaa, hours and euros as a person types them). */
export function contractToValues(c: StoredContract): ContractFormValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const date = (v: string | number | null) => (v === null ? '' : formatIsoDateFr(String(v)));
  const hoursOf = (v: string | number | null) => (v === null ? '' : minutesToHoursInput(Number(v)));
  const eurosOf = (v: string | number | null) => (v === null ? '' : centsToEurosInput(Number(v)));
  return {
    cerfaKind: text(c.cerfaKind),
    form: text(c.form),
    publicCategory: text(c.publicCategory),
    employerSiret: text(c.employerSiret),
    workplaceSiret: text(c.workplaceSiret),
    collectiveAgreement: text(c.collectiveAgreement),
    jobTitle: text(c.jobTitle),
    franceTravailId: text(c.franceTravailId),
    startDate: date(c.startDate),
    endDate: date(c.endDate),
    trialPeriodDays: text(c.trialPeriodDays),
    weeklyMinutes: hoursOf(c.weeklyMinutes),
    grossMonthlyPayCents: eurosOf(c.grossMonthlyPayCents),
    certificationId: text(c.certificationId),
    trainingBodyName: text(c.trainingBodyName),
    trainingBodySiret: text(c.trainingBodySiret),
    plannedTrainingMinutes: hoursOf(c.plannedTrainingMinutes),
    branchAgreementReference: text(c.branchAgreementReference),
    branchAgreementMaxTrainingPercent: text(c.branchAgreementMaxTrainingPercent),
    structureTutorId: text(c.structureTutorId),
    hostTutorId: text(c.hostTutorId),
    hostTutorExperienceMonths: text(c.hostTutorExperienceMonths),
    hostTutorIsEmployer: c.hostTutorIsEmployer,
    opcoFunderId: text(c.opcoFunderId),
    opcoFileNumber: text(c.opcoFileNumber),
    hourlyRateCents: eurosOf(c.hourlyRateCents),
  };
}

/** The API's editable input fields, converted from what was typed (every one given, null when empty). */
export type ContractInputFields = Required<ContractEditableInput>;

const compactSiret = (text: string) => text.replace(/[\s\u00a0.]/g, '');

/** Reads one typed value; `error` says what cannot be read (the legal rules are checks, not errors). */
function readField(
  spec: ContractFieldSpec,
  raw: string | boolean,
): { value: string | number | boolean | null; error?: string } {
  if (spec.kind === 'checkbox') return { value: Boolean(raw) };
  const text = String(raw ?? '').trim();
  if (!text) return spec.required ? { value: null, error: 'champ obligatoire.' } : { value: null };
  switch (spec.kind) {
    case 'date': {
      const iso = parseFrDate(text);
      return iso && isIsoDate(iso)
        ? { value: iso }
        : { value: null, error: 'saisissez une date réelle au format jj/mm/aaaa, par exemple 14/03/2026.' };
    }
    case 'hours': {
      const minutes = parseHoursToMinutes(text);
      return minutes === null
        ? { value: null, error: 'saisissez des heures, par exemple 350 ou 350 h 30.' }
        : { value: minutes };
    }
    case 'euros': {
      const cents = parseEurosToCents(text);
      return cents === null
        ? { value: null, error: 'saisissez un montant en euros, par exemple 1 801,80 (deux décimales au plus).' }
        : { value: cents };
    }
    case 'integer': {
      if (!/^\d+$/.test(text)) return { value: null, error: 'saisissez un nombre entier, sans signe ni virgule.' };
      const n = Number(text);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
        return { value: null, error: `saisissez un nombre entre ${spec.min ?? 0} et ${spec.max ?? '…'}.` };
      return { value: n };
    }
    case 'siret': {
      const digits = compactSiret(text);
      if (!/^\d{14}$/.test(digits))
        return {
          value: null,
          error: `un SIRET compte 14 chiffres, ${digits.length} saisi${digits.length > 1 ? 's' : ''}.`,
        };
      return isValidSiret(digits)
        ? { value: digits }
        : { value: null, error: 'ce SIRET n’existe pas (sa clé de contrôle est fausse) : vérifiez les chiffres.' };
    }
    case 'select':
      return { value: spec.name === 'cerfaKind' ? Number(text) : text };
    default:
      return { value: text };
  }
}

/** Converts the whole form; `errors` maps each unreadable field to its message (« Libellé : … »). */
export function convertContractValues(
  values: ContractFormValues,
  sections: ContractSection[],
): { input: ContractInputFields | null; errors: Partial<Record<ContractField, string>> } {
  const out: Record<string, string | number | boolean | null> = {};
  const errors: Partial<Record<ContractField, string>> = {};
  for (const spec of sections.flatMap((s) => s.fields)) {
    const read = readField(spec, values[spec.name]);
    out[spec.name] = read.value;
    if (read.error) errors[spec.name] = `${spec.label} : ${read.error}`;
  }
  return {
    input: Object.keys(errors).length ? null : (out as unknown as ContractInputFields),
    errors,
  };
}

/** The message for one field as it is typed (shown when the field is left), or null. */
export function fieldReadError(spec: ContractFieldSpec, raw: string | boolean): string | null {
  const read = readField(spec, raw);
  return read.error ? `${spec.label} : ${read.error}` : null;
}

/** What the legal checks need, when the figures they rest on can be read; null until then. */
export function checkInputOf(values: ContractFormValues, structureKind: StructureKind): ContractCheckInput | null {
  const start = parseFrDate(values.startDate);
  const end = parseFrDate(values.endDate);
  const weekly = parseHoursToMinutes(values.weeklyMinutes);
  const training = parseHoursToMinutes(values.plannedTrainingMinutes);
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || weekly === null || training === null) return null;
  const int = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
  const orNull = (text: string) => (text.trim() ? text.trim() : null);
  return {
    structureKind,
    form: values.form,
    publicCategory: values.publicCategory || ContractPublic.STANDARD,
    startDate: start,
    endDate: end,
    trialPeriodDays: int(values.trialPeriodDays) ?? 0,
    weeklyMinutes: weekly,
    plannedTrainingMinutes: training,
    branchAgreementReference: orNull(values.branchAgreementReference),
    branchAgreementMaxTrainingPercent: int(values.branchAgreementMaxTrainingPercent),
    structureTutorId: orNull(values.structureTutorId),
    hostTutorId: orNull(values.hostTutorId),
    hostTutorExperienceMonths: int(values.hostTutorExperienceMonths),
    hostTutorIsEmployer: values.hostTutorIsEmployer,
    employerSiret: compactSiret(values.employerSiret),
    workplaceSiret: compactSiret(values.workplaceSiret),
    opcoFunderId: orNull(values.opcoFunderId),
  };
}

/** The legal checks of what is typed, computed in the browser with the same rules as the server. */
export function liveChecks(values: ContractFormValues, structureKind: StructureKind | null): ContractCheck[] | null {
  if (!structureKind) return null;
  const input = checkInputOf(values, structureKind);
  return input ? checkContract(input) : null;
}

/** Live hints under the fields whose bounds depend on other fields (the duration window, the training bounds). */
export function boundsHints(values: ContractFormValues): Partial<Record<ContractField, string>> {
  const hints: Partial<Record<ContractField, string>> = {};
  const start = parseFrDate(values.startDate);
  if (!start || !isIsoDate(start)) return hints;
  if (values.publicCategory) {
    const months = maxDurationMonths(values.publicCategory);
    hints.endDate = `Entre le ${formatIsoDateFr(addDays(addMonths(start, 6), -1))} (6 mois) et le ${formatIsoDateFr(
      addDays(addMonths(start, months), -1),
    )} (${months} mois pour ce public).`;
  }
  const end = parseFrDate(values.endDate);
  const weekly = parseHoursToMinutes(values.weeklyMinutes);
  if (end && isIsoDate(end) && end > start && weekly !== null && weekly > 0) {
    const worked = contractWorkedMinutes(weekly, start, end);
    const percent = /^\d+$/.test(values.branchAgreementMaxTrainingPercent.trim())
      ? Number(values.branchAgreementMaxTrainingPercent.trim())
      : null;
    const bounds = trainingBounds({
      weeklyMinutes: weekly,
      startDate: start,
      endDate: end,
      branchAgreementReference: values.branchAgreementReference.trim() || null,
      branchAgreementMaxTrainingPercent: percent,
    });
    hints.plannedTrainingMinutes =
      `Pour ${formatMinutes(worked)} travaillées : au moins ${formatMinutes(bounds.minMinutes)}` +
      (bounds.maxMinutes === null
        ? ' (accord de branche sans plafond).'
        : ` et au plus ${formatMinutes(bounds.maxMinutes)}.`);
  }
  return hints;
}

/** The hourly rate that will apply, said in words. */
export function rateHint(values: ContractFormValues, opcoRates: Map<string, number | null>): string | undefined {
  if (values.hourlyRateCents.trim()) return undefined;
  const funderRate = values.opcoFunderId ? (opcoRates.get(values.opcoFunderId) ?? null) : null;
  return funderRate !== null
    ? `Taux de l’OPCO choisi : ${formatCents(funderRate)} par heure.`
    : `Taux par défaut : ${formatCents(DEFAULT_OPCO_HOURLY_RATE_CENTS)} par heure.`;
}
