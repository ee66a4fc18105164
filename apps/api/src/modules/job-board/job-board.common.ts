/** Contract kinds of a structure's own job offers, with their French labels. */
export const JOB_CONTRACT_KIND_LABELS: Readonly<Record<string, string>> = {
  CDI: 'CDI',
  CDD: 'CDD',
  CDDI: 'CDDI (insertion)',
  INTERIM: 'Intérim',
  APPRENTISSAGE: 'Contrat d’apprentissage',
  PROFESSIONNALISATION: 'Contrat de professionnalisation',
};
export const JOB_CONTRACT_KINDS = Object.keys(JOB_CONTRACT_KIND_LABELS);

/** Where a shared offer comes from. */
export enum SharedOfferSource {
  JOB_OFFER = 'JOB_OFFER',
  HIRING_NEED = 'HIRING_NEED',
}

export const SHARED_OFFER_SOURCE_LABELS: Readonly<Record<string, string>> = {
  JOB_OFFER: 'Offre de la structure',
  HIRING_NEED: 'Besoin d’un employeur partenaire',
};

/** A search of the board: each criterion optional. */
export interface BoardSearch {
  text?: string | null;
  place?: string | null;
  contractKind?: string | null;
}

/** The card's partner organisation when the offer is not a landlord's: no mission is ever found there. */
export const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

export const JOB_BOARD_MESSAGES = {
  offerNotFound: 'Cette offre est introuvable sur le tableau de vos réseaux.',
  jobOfferNotFound: 'Cette offre d’emploi est introuvable.',
  needNotFound: 'Ce besoin de recrutement est introuvable : choisissez-le dans la liste.',
  networkNotFound: 'Ce réseau est introuvable.',
  proposalNotFound: 'Cette proposition est introuvable.',
  conflict:
    'Cette offre a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la page : ' +
    'votre modification n’est pas enregistrée.',
  proposalConflict:
    'Cette proposition a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la page : ' +
    'votre action n’est pas enregistrée.',
  ownOffer: 'Cette offre est celle de votre structure : proposez la personne directement, sans passer par le réseau.',
  exited: 'Cette personne est sortie du parcours : elle ne peut plus être proposée à un employeur.',
  duplicate:
    'Cette personne a déjà une proposition en cours pour cette offre : retirez-la avant d’en envoyer une nouvelle.',
  unknownStructure: 'Une des structures choisies est introuvable.',
  duplicateName: 'Un réseau porte déjà ce nom : choisissez-en un autre.',
} as const;
