/**
 * IAE eligibility (diagnostic d’éligibilité): administrative criteria, their proofs, and the rule
 * « 1 criterion of level 1, or N of level 2 » (N = 2 for AI / ETTI, 3 for ACI / EI / EITI) that binds the
 * structure's own diagnoses, not an authorised prescriber's. Rules and sources: docs/domain/eligibility.md.
 */
import { StructureKind } from '../kinds';
import { formatIsoDateFr } from '../format';
import { addDays, addMonths, daysBetween, isIsoDate } from './dates';
import { aStructureKind, days } from './wording';

export enum EligibilityCriterionCode {
  // Level 1
  RSA = 'RSA',
  ASS = 'ASS',
  AAH = 'AAH',
  DETLD_24_MONTHS = 'DETLD_24_MONTHS',
  // Level 2
  LOW_QUALIFICATION = 'LOW_QUALIFICATION',
  SENIOR_50_PLUS = 'SENIOR_50_PLUS',
  YOUTH_UNDER_26 = 'YOUTH_UNDER_26',
  ASE_LEAVER = 'ASE_LEAVER',
  DELD_12_24_MONTHS = 'DELD_12_24_MONTHS',
  DISABLED_WORKER = 'DISABLED_WORKER',
  SINGLE_PARENT = 'SINGLE_PARENT',
  HOMELESS = 'HOMELESS',
  REFUGEE = 'REFUGEE',
  ZRR_RESIDENT = 'ZRR_RESIDENT',
  QPV_RESIDENT = 'QPV_RESIDENT',
  PRISON_LEAVER = 'PRISON_LEAVER',
  FRENCH_BELOW_A1 = 'FRENCH_BELOW_A1',
  MOBILITY_ISSUE = 'MOBILITY_ISSUE',
}

export interface EligibilityCriterionInfo {
  level: 1 | 2;
  label: string;
  /** The proof document to ask for. */
  proof: string;
  /** How long the proof stays valid from its date; `null` = as long as the document itself (ID, residence title). */
  proofValidityMonths: number | null;
  /** Reveals health, handicap, justice or social difficulties: restricted display, never shared with partners. */
  sensitive: boolean;
}

export const ELIGIBILITY_CRITERIA: Record<EligibilityCriterionCode, EligibilityCriterionInfo> = {
  [EligibilityCriterionCode.RSA]: {
    level: 1,
    label: 'Bénéficiaire du RSA',
    proof: 'Attestation de droits au RSA (CAF ou MSA)',
    proofValidityMonths: 3,
    sensitive: true,
  },
  [EligibilityCriterionCode.ASS]: {
    level: 1,
    label: 'Allocataire de l’ASS (allocation de solidarité spécifique)',
    proof: 'Attestation de versement de l’ASS (France Travail)',
    proofValidityMonths: 3,
    sensitive: true,
  },
  [EligibilityCriterionCode.AAH]: {
    level: 1,
    label: 'Bénéficiaire de l’AAH (allocation aux adultes handicapés)',
    proof: 'Attestation de droits à l’AAH (CAF ou MSA)',
    proofValidityMonths: 3,
    sensitive: true,
  },
  [EligibilityCriterionCode.DETLD_24_MONTHS]: {
    level: 1,
    label: 'Demandeur·se d’emploi de très longue durée (inscrit·e 24 mois ou plus)',
    proof: 'Attestation d’inscription à France Travail',
    proofValidityMonths: 3,
    sensitive: false,
  },
  [EligibilityCriterionCode.LOW_QUALIFICATION]: {
    level: 2,
    label: 'Niveau d’études 3 (CAP, BEP) ou infra',
    proof: 'Diplôme ou attestation sur l’honneur',
    proofValidityMonths: 3,
    sensitive: false,
  },
  [EligibilityCriterionCode.SENIOR_50_PLUS]: {
    level: 2,
    label: 'Senior (50 ans ou plus)',
    proof: 'Pièce d’identité',
    proofValidityMonths: null,
    sensitive: false,
  },
  [EligibilityCriterionCode.YOUTH_UNDER_26]: {
    level: 2,
    label: 'Jeune (moins de 26 ans)',
    proof: 'Pièce d’identité',
    proofValidityMonths: null,
    sensitive: false,
  },
  [EligibilityCriterionCode.ASE_LEAVER]: {
    level: 2,
    label: 'Sortant·e de l’aide sociale à l’enfance (ASE)',
    proof: 'Attestation de prise en charge par l’ASE',
    proofValidityMonths: 12,
    sensitive: true,
  },
  [EligibilityCriterionCode.DELD_12_24_MONTHS]: {
    level: 2,
    label: 'Demandeur·se d’emploi de longue durée (inscrit·e de 12 à 24 mois)',
    proof: 'Attestation d’inscription à France Travail',
    proofValidityMonths: 3,
    sensitive: false,
  },
  [EligibilityCriterionCode.DISABLED_WORKER]: {
    level: 2,
    label: 'Travailleur·se handicapé·e (RQTH)',
    proof: 'Décision RQTH de la MDPH, en cours de validité à l’embauche',
    proofValidityMonths: null,
    sensitive: true,
  },
  [EligibilityCriterionCode.SINGLE_PARENT]: {
    level: 2,
    label: 'Parent isolé',
    proof: 'Attestation de la CAF',
    proofValidityMonths: 3,
    sensitive: false,
  },
  [EligibilityCriterionCode.HOMELESS]: {
    level: 2,
    label: 'Sans hébergement, hébergé·e ou en parcours de rue',
    proof: 'Attestation de domiciliation ou attestation d’un·e travailleur·se social·e',
    proofValidityMonths: 3,
    sensitive: true,
  },
  [EligibilityCriterionCode.REFUGEE]: {
    level: 2,
    label: 'Réfugié·e, bénéficiaire d’une protection subsidiaire ou temporaire, ou demandeur·se d’asile',
    proof: 'Titre de séjour, attestation de demande d’asile ou autorisation provisoire de séjour en cours de validité',
    proofValidityMonths: null,
    sensitive: true,
  },
  [EligibilityCriterionCode.ZRR_RESIDENT]: {
    level: 2,
    label: 'Résident·e en zone de revitalisation rurale (ZRR / France ruralités revitalisation)',
    proof: 'Justificatif de domicile',
    proofValidityMonths: 6,
    sensitive: false,
  },
  [EligibilityCriterionCode.QPV_RESIDENT]: {
    level: 2,
    label: 'Résident·e d’un quartier prioritaire de la politique de la ville (QPV)',
    proof: 'Justificatif de domicile',
    proofValidityMonths: 6,
    sensitive: false,
  },
  [EligibilityCriterionCode.PRISON_LEAVER]: {
    level: 2,
    label: 'Sortant·e de détention ou personne placée sous main de justice',
    proof: 'Billet de sortie, ou attestation du juge de l’application des peines ou du SPIP',
    proofValidityMonths: 6,
    sensitive: true,
  },
  [EligibilityCriterionCode.FRENCH_BELOW_A1]: {
    level: 2,
    label: 'Maîtrise de la langue française inférieure au niveau A1',
    proof: 'Évaluation de français langue étrangère (FLE)',
    proofValidityMonths: 6,
    sensitive: false,
  },
  [EligibilityCriterionCode.MOBILITY_ISSUE]: {
    level: 2,
    label: 'Problème de mobilité',
    proof: 'Diagnostic mobilité établi par un prescripteur habilité',
    proofValidityMonths: 6,
    sensitive: false,
  },
};

/** Who made the diagnosis: an authorised prescriber, or the structure itself (auto-prescription). */
export enum DiagnosisAuthor {
  PRESCRIBER = 'PRESCRIBER',
  EMPLOYER = 'EMPLOYER',
}

export const DIAGNOSIS_VALIDITY_MONTHS_PRESCRIBER = 6;
export const DIAGNOSIS_VALIDITY_DAYS_EMPLOYER = 92;
/** A GEIQ's own diagnosis is valid 6 months, like a prescriber's (docs/domain/eligibility.md § Validité). */
export const DIAGNOSIS_VALIDITY_MONTHS_GEIQ = 6;

/** Criteria that cannot both be true; ticking both is refused (docs/domain/eligibility.md § Critères incompatibles). */
export const INCOMPATIBLE_CRITERIA: [EligibilityCriterionCode, EligibilityCriterionCode][] = [
  [EligibilityCriterionCode.SENIOR_50_PLUS, EligibilityCriterionCode.YOUTH_UNDER_26],
  [EligibilityCriterionCode.DETLD_24_MONTHS, EligibilityCriterionCode.DELD_12_24_MONTHS],
];

/** The first pair of incompatible criteria among `codes`, as a French message naming both; `null` when none. */
export function checkCriteriaCompatibility(codes: EligibilityCriterionCode[]): string | null {
  const pair = INCOMPATIBLE_CRITERIA.find(([a, b]) => codes.includes(a) && codes.includes(b));
  if (!pair) return null;
  const [a, b] = pair.map((c) => `« ${ELIGIBILITY_CRITERIA[c].label} »`);
  return `Les critères ${a} et ${b} ne peuvent pas être vrais en même temps : gardez celui qui correspond à la situation de la personne.`;
}

const LEVEL_2_REQUIRED: Partial<Record<StructureKind, number>> = {
  [StructureKind.AI]: 2,
  [StructureKind.ETTI]: 2,
  [StructureKind.ACI]: 3,
  [StructureKind.EI]: 3,
  [StructureKind.EITI]: 3,
};

/** Level-2 criteria needed when there is no level-1 criterion; `null` when the IAE rule does not apply (GEIQ, other). */
export function requiredLevel2Count(kind: StructureKind): number | null {
  return LEVEL_2_REQUIRED[kind] ?? null;
}

/**
 * Whether the criteria make the person eligible for this kind of structure: one level-1 criterion, or enough
 * level-2 ones. A criterion ticked twice counts once. The message says what is missing. A diagnosis made by an
 * authorised prescriber is not bound by this count (les emplois: `AdministrativeCriteriaForm.clean`).
 */
export function checkEligibility(
  kind: StructureKind,
  codes: EligibilityCriterionCode[],
  author: DiagnosisAuthor = DiagnosisAuthor.EMPLOYER,
): { eligible: boolean; message: string | null } {
  const required = requiredLevel2Count(kind);
  if (required === null || author === DiagnosisAuthor.PRESCRIBER) return { eligible: true, message: null };
  const unique = [...new Set(codes)];
  const level1 = unique.filter((c) => ELIGIBILITY_CRITERIA[c].level === 1).length;
  const level2 = unique.length - level1;
  if (level1 > 0 || level2 >= required) return { eligible: true, message: null };
  const structure = aStructureKind(kind);
  const message =
    level2 === 0
      ? `Aucun critère retenu : il faut 1 critère de niveau 1, ou ${required} critères de niveau 2 pour ${structure}.`
      : `${level2} critère${level2 > 1 ? 's' : ''} de niveau 2 retenu${level2 > 1 ? 's' : ''} : ` +
        `il en faut ${required} pour ${structure}, ou 1 critère de niveau 1.`;
  return { eligible: false, message };
}

/**
 * Last day on which a diagnosis made on `diagnosisDate` is valid, end included: 6 months for a prescriber, 6 months
 * for a GEIQ's own diagnosis, 92 days for a SIAE's own diagnosis. Convention (same as les emplois, whose
 * `expires_at` is the first day it is no longer valid): valid up to the day before `date + 6 months` /
 * `date + 92 days`. Example: made on 15/01/2026 by a prescriber → valid until 14/07/2026 included.
 * `structureKind` is the kind of the structure that recorded it (docs/domain/eligibility.md § Validité).
 */
export function diagnosisValidUntil(
  author: DiagnosisAuthor,
  diagnosisDate: string,
  structureKind: StructureKind | null = null,
): string {
  if (author === DiagnosisAuthor.PRESCRIBER)
    return addDays(addMonths(diagnosisDate, DIAGNOSIS_VALIDITY_MONTHS_PRESCRIBER), -1);
  if (structureKind === StructureKind.GEIQ)
    return addDays(addMonths(diagnosisDate, DIAGNOSIS_VALIDITY_MONTHS_GEIQ), -1);
  return addDays(diagnosisDate, DIAGNOSIS_VALIDITY_DAYS_EMPLOYER - 1);
}

/**
 * Last day on which a proof dated `proofDate` is still valid (end included), or `null` when it has no fixed
 * validity. « Moins de 3 mois » means strictly less than 3 months old: a proof of 10/01 is valid until 09/04.
 */
export function proofExpiresOn(code: EligibilityCriterionCode, proofDate: string): string | null {
  const months = ELIGIBILITY_CRITERIA[code].proofValidityMonths;
  return months === null ? null : addDays(addMonths(proofDate, months), -1);
}

/** Criteria whose proof is no longer valid on `onDate` (each code once, in the given order). */
export function expiredProofs(
  criteria: { code: EligibilityCriterionCode; proofDate: string }[],
  onDate: string,
): EligibilityCriterionCode[] {
  const expired = criteria.filter((c) => {
    const until = proofExpiresOn(c.code, c.proofDate);
    return until !== null && until < onDate;
  });
  return [...new Set(expired.map((c) => c.code))];
}

/** Checks the date of a proof: a real calendar day, not in the future. `null` when acceptable. */
export function checkProofDate(proofDate: string, today: string): string | null {
  if (!isIsoDate(proofDate))
    return 'La date du justificatif n’existe pas : saisissez une date réelle au format jj/mm/aaaa.';
  if (proofDate > today)
    return (
      `La date du justificatif (${formatIsoDateFr(proofDate)}) est dans le futur, dans ${days(daysBetween(today, proofDate))} : ` +
      `saisissez la date portée sur le document, au plus tard aujourd’hui (${formatIsoDateFr(today)}).`
    );
  return null;
}
