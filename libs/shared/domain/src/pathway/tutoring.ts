/**
 * Tutoring of work-study contracts (IAE-RULES §1.3). When the employer is an AI, an ETT(I) or a GEIQ there is a
 * double tutoring: a tutor in the structure and a tutor at the host (e.g. the social landlord). Only the host
 * tutor is bound by the caps (3 trainees at once for an employee tutor, 2 when the employer tutors personally)
 * and by the 2 years of experience; the structure-side tutor is exempt.
 */

export enum TutorSide {
  STRUCTURE = 'STRUCTURE',
  HOST = 'HOST',
}

export const TUTOR_SIDE_LABELS: Record<TutorSide, string> = {
  [TutorSide.STRUCTURE]: 'Tuteur·rice de la structure',
  [TutorSide.HOST]: 'Tuteur·rice de l’entreprise d’accueil',
};

/** An employee tutor at the host follows at most 3 trainees at once. */
export const HOST_TUTOR_MAX_TRAINEES = 3;
/** When the host employer tutors personally: at most 2 trainees at once. */
export const HOST_EMPLOYER_TUTOR_MAX_TRAINEES = 2;
/** A host tutor has at least 2 years of experience in a qualification related to the target. */
export const HOST_TUTOR_MIN_EXPERIENCE_MONTHS = 24;

/**
 * Whether a host tutor who already follows `activeTraineeCount` trainees may take one more. `null` when possible;
 * otherwise the message. Pass `{ employerTutor: true }` when the tutor is the host employer in person (cap 2).
 */
export function checkHostTutorLoad(
  activeTraineeCount: number,
  options: { employerTutor?: boolean } = {},
): string | null {
  const max = options.employerTutor ? HOST_EMPLOYER_TUTOR_MAX_TRAINEES : HOST_TUTOR_MAX_TRAINEES;
  if (activeTraineeCount < max) return null;
  const scope = options.employerTutor ? 'quand l’employeur·se est tuteur·rice en personne' : 'par tuteur·rice';
  return (
    `Ce·tte tuteur·rice accompagne déjà ${activeTraineeCount} salarié·es : ${max} au plus ${scope}. ` +
    `Choisissez un·e autre tuteur·rice ou terminez un tutorat.`
  );
}

/** Whether the tutor caps apply on this side of the double tutoring (host only). */
export function tutorCapApplies(side: TutorSide): boolean {
  return side === TutorSide.HOST;
}

/** Checks a host tutor’s experience (in months) against the 2-year minimum. `null` when enough. */
export function checkHostTutorExperience(experienceMonths: number): string | null {
  if (experienceMonths >= HOST_TUTOR_MIN_EXPERIENCE_MONTHS) return null;
  const missing = HOST_TUTOR_MIN_EXPERIENCE_MONTHS - experienceMonths;
  return (
    `Ce·tte tuteur·rice a ${experienceMonths} mois d’expérience : il en faut 24 (2 ans) dans un métier en rapport ` +
    `avec la qualification visée (il manque ${missing} mois). Choisissez un·e tuteur·rice plus expérimenté·e.`
  );
}
