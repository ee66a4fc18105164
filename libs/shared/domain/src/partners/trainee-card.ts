/**
 * The trainee card: the only view of a person a partner ever gets. By default the competences only; the full name
 * and the contact details only if the person agreed. Never: eligibility criteria, prescriber, health, handicap,
 * justice, social situation, case notes, birth date, address (IAE-RULES §6, CNIL référentiel 2021-028).
 */

/** What the person agreed to share beyond the competences, recorded with their consent on the proposal. */
export interface SharingConsent {
  shareFullName: boolean;
  shareContact: boolean;
}

/** « Awa D. » by default; « Awa Diallo » when the person agreed to share their full name. */
export function traineeDisplayName(firstName: string, lastName: string, shareFullName: boolean): string {
  const first = firstName.trim();
  const last = lastName.trim();
  if (shareFullName) return `${first} ${last}`.trim();
  const initial = [...last][0];
  return initial ? `${first} ${initial.toLocaleUpperCase('fr-FR')}.` : first;
}

/** The sections of the card, in the order the card shows them, with what each says (shown before sending). */
export const TRAINEE_CARD_SECTIONS: readonly { key: string; label: string; always: boolean }[] = [
  { key: 'name', label: 'Prénom et initiale du nom (nom complet si la personne l’accepte)', always: true },
  { key: 'certification', label: 'Certification visée et son statut, résultats par bloc', always: true },
  { key: 'evaluations', label: 'Évaluations des compétences par bloc de la certification', always: true },
  { key: 'training', label: 'Heures de formation suivies et prévues', always: true },
  { key: 'missions', label: 'Missions faites chez vous : dates, site, heures et retour du tuteur', always: true },
  { key: 'contact', label: 'Téléphone et e-mail, seulement si la personne l’accepte', always: false },
];

/** Never on the card, whatever the consent (shown to the counsellor next to the preview). */
export const NEVER_SHARED_WITH_PARTNERS: readonly string[] = [
  'critères d’éligibilité',
  'prescripteur',
  'santé, handicap (RQTH)',
  'justice',
  'situation sociale',
  'notes d’entretien',
  'date de naissance et adresse',
];
