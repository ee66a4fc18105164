/** Catalogues and messages of urgent replacements (docs/domain/replacements.md). Codes in English, labels in French. */

export enum ReplacementStatus {
  OPEN = 'OPEN',
  OFFERED = 'OFFERED',
  FILLED = 'FILLED',
  ESCALATED = 'ESCALATED',
  CANCELLED = 'CANCELLED',
}

export const REPLACEMENT_STATUS_LABELS: Record<ReplacementStatus, string> = {
  [ReplacementStatus.OPEN]: 'Ouverte',
  [ReplacementStatus.OFFERED]: 'Offre envoyée',
  [ReplacementStatus.FILLED]: 'Pourvue',
  [ReplacementStatus.ESCALATED]: 'Non pourvue à l’heure limite',
  [ReplacementStatus.CANCELLED]: 'Annulée',
};

export enum ReplacementOfferStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Someone else accepted first. */
  TAKEN = 'TAKEN',
}

/** Clearances a replacement may require (habilitations, CACES, secourisme). */
export enum ClearanceCode {
  ELECTRICAL_B0 = 'ELECTRICAL_B0',
  ELECTRICAL_BS = 'ELECTRICAL_BS',
  CACES_R489 = 'CACES_R489',
  CACES_R486 = 'CACES_R486',
  SST = 'SST',
  HACCP = 'HACCP',
  SSIAP1 = 'SSIAP1',
}

export const CLEARANCE_LABELS: Record<ClearanceCode, string> = {
  [ClearanceCode.ELECTRICAL_B0]: 'Habilitation électrique B0',
  [ClearanceCode.ELECTRICAL_BS]: 'Habilitation électrique BS',
  [ClearanceCode.CACES_R489]: 'CACES R489 (chariots élévateurs)',
  [ClearanceCode.CACES_R486]: 'CACES R486 (nacelles)',
  [ClearanceCode.SST]: 'Sauveteur secouriste du travail (SST)',
  [ClearanceCode.HACCP]: 'Hygiène alimentaire (HACCP)',
  [ClearanceCode.SSIAP1]: 'Agent de sécurité incendie (SSIAP 1)',
};

export const REPLACEMENT_MESSAGES = {
  requestNotFound: 'Cette demande de remplacement est introuvable.',
  siteNotFound: 'Ce site est introuvable : choisissez-le dans la liste des sites de l’employeur.',
  noPartnership:
    'Votre organisation n’a pas de partenariat avec cette structure : la demande ne peut pas lui être adressée.',
  notOpen: 'Cette demande n’est plus ouverte : aucune offre ne peut être envoyée.',
  personNotFound: 'Une des personnes choisies est introuvable dans votre structure.',
  cannotGo: 'Une des personnes choisies ne peut pas aller sur ce remplacement (voir ses raisons).',
  linkInvalid:
    'Ce lien n’est pas valable. Vérifiez que vous avez copié le lien en entier, ou contactez votre conseiller.',
  linkExpired: 'Ce lien a expiré : l’heure limite de réponse est passée.',
  linkUsed: 'Vous avez déjà répondu à cette offre : le lien ne sert qu’une fois.',
  taken: 'La place a été prise : une autre personne a accepté avant vous. Merci de votre réponse !',
  noLongerOpen: 'Ce remplacement n’est plus proposé.',
  availabilityConflict:
    'Les disponibilités de cette personne ont été modifiées par quelqu’un d’autre depuis leur affichage : rechargez-les, puis refaites vos changements.',
  absenceNotFound: 'Cette absence est introuvable : elle a peut-être déjà été supprimée.',
  clearanceNotFound: 'Cette personne n’a pas cette habilitation : elle a peut-être déjà été retirée.',
  slotEnd: 'La fin d’une plage doit être après son début.',
  slotsOverlap: (day: string, a: string, b: string) =>
    `Deux plages du ${day} se chevauchent (${a} et ${b}) : fusionnez-les ou corrigez leurs heures.`,
} as const;

/** French weekday names, ISO order (1 = lundi). */
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** « 21:00 – 24:00 »: a range of minutes of the day. */
export function rangeLabel(r: { startMinute: number; endMinute: number }): string {
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hm(r.startMinute)} – ${hm(r.endMinute)}`;
}
