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
} as const;
