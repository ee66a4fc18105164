export { IsIsoDay, trim, trimOrNull } from '../../core/graphql/input-transforms';
export { pathwayReader } from '../../core/access/pathway-reader';

/** Not-found messages of the activities (unknown ids and another structure's ids read the same). */
export const ACTIVITY_MESSAGES = {
  partnerOrganisationNotFound:
    'Ce bailleur ou cette organisation partenaire est introuvable : choisissez-le dans la liste.',
  sessionNotFound: 'Cette session collective est introuvable dans votre structure.',
  groupNotFound: 'Ce groupe de formation est introuvable dans votre structure.',
  groupConflict:
    'Ce groupe a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert : rechargez-le, puis refaites vos changements.',
  groupStaffNotFound:
    'Choisissez les encadrant·es dans la liste : un·e encadrant·e technique, un·e chargé·e d’insertion ou la direction de votre structure.',
  tutorNotFound: 'Ce·tte tuteur·rice est introuvable dans votre structure.',
  tutoringNotFound: 'Ce tutorat est introuvable dans votre structure.',
  blockNotFound: 'Ce bloc de compétences est introuvable : choisissez-le dans la liste.',
  noPartnership:
    'Votre structure n’a pas de partenariat avec cette organisation : une mission ne s’enregistre que chez un ' +
    'employeur partenaire (la direction enregistre le partenariat).',
  coachNotStaff:
    'Choisissez le·la chargé·e d’accompagnement parmi les conseiller·ères et la direction actifs de votre structure.',
} as const;
