import { formatInstantFr, formatMinutes } from '@tremplin/domain';

/** « du 12/01/2027 à 21 h 00 au 13/01/2027 à 07 h 00 (10 h) »: a replacement's slot, Paris time. */
export function slotLabel(r: { startsAt: string; endsAt: string; minutes: number }): string {
  return `du ${formatInstantFr(r.startsAt)} au ${formatInstantFr(r.endsAt)} (${formatMinutes(r.minutes)})`;
}

/** Labels of the clearances a request may require (the API's `ClearanceCode`). */
export const CLEARANCES: { code: string; label: string }[] = [
  { code: 'ELECTRICAL_B0', label: 'Habilitation électrique B0' },
  { code: 'ELECTRICAL_BS', label: 'Habilitation électrique BS' },
  { code: 'CACES_R489', label: 'CACES R489 (chariots élévateurs)' },
  { code: 'CACES_R486', label: 'CACES R486 (nacelles)' },
  { code: 'SST', label: 'Sauveteur secouriste du travail (SST)' },
  { code: 'HACCP', label: 'Hygiène alimentaire (HACCP)' },
  { code: 'SSIAP1', label: 'Agent de sécurité incendie (SSIAP 1)' },
];

export const OFFER_STATUS_LABELS: Record<string, string> = {
  SENT: 'Offre envoyée',
  ACCEPTED: 'A accepté',
  DECLINED: 'A refusé',
  TAKEN: 'Place prise par une autre personne',
};
