import { todayInParis } from '@tremplin/domain';
import { BadUserInputError } from '../../core/errors/app-errors';

/** Messages of partnerships, sites and hiring needs (unknown ids and other organisations' ids read the same). */
export const PARTNER_MESSAGES = {
  partnerNotFound: 'Cet employeur partenaire est introuvable : choisissez-le dans la liste.',
  partnershipNotFound: 'Ce partenariat est introuvable dans votre structure.',
  partnershipConflict:
    'Ce partenariat a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la page : vos ' +
    'saisies ne sont pas enregistrées.',
  noActivePartnership:
    'Votre structure n’a pas de partenariat en cours avec cet employeur : enregistrez d’abord le partenariat.',
  needNotFound: 'Ce besoin de recrutement est introuvable.',
  needConflict:
    'Ce besoin de recrutement a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la page : ' +
    'vos saisies ne sont pas enregistrées.',
  needEnteredByPartner:
    'Ce besoin de recrutement a été saisi par l’employeur : lui seul peut le modifier. Contactez-le pour un changement.',
  needEnteredByOtherStructure:
    'Ce besoin de recrutement a été saisi par une autre structure et partagé par l’employeur : seuls l’employeur et ' +
    'cette structure peuvent le modifier.',
  siteNotFound: 'Ce site est introuvable parmi ceux de l’employeur : choisissez-le dans la liste.',
  groupNotFound: 'Cet objectif partagé est introuvable dans votre structure.',
  groupConflict:
    'Cet objectif partagé a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la page : vos ' +
    'saisies ne sont pas enregistrées.',
  groupTooSmall: 'Choisissez au moins deux partenariats : un objectif partagé réunit plusieurs bailleurs.',
  groupPartnershipNotFound:
    'Un des partenariats choisis est introuvable dans votre structure : rechargez la page et choisissez-les à nouveau.',
  groupPartnershipTaken: (partner: string, group: string) =>
    `Le partenariat avec ${partner} partage déjà l’objectif « ${group} » : retirez-le d’abord de cet objectif partagé.`,
  groupNameTaken: (name: string) => `Un objectif partagé s’appelle déjà « ${name} » : choisissez un autre nom.`,
  partnershipShares: (partner: string, group: string) =>
    `Le partenariat avec ${partner} partage l’objectif « ${group} » : fixez l’objectif de l’année sur cet objectif partagé.`,
  badYear: 'L’année doit être comprise entre 2000 et 2100.',
} as const;

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new BadUserInputError([{ field: 'year', message: PARTNER_MESSAGES.badYear }]);
}

/** The calendar year in Paris. */
export function currentYear(today = todayInParis()): number {
  return Number(today.slice(0, 4));
}

/** A partnership is active on `today` when it has started and not ended (`endedOn` null or not before today). */
export function isActivePartnership(p: { startedOn: string; endedOn: string | null }, today = todayInParis()): boolean {
  return p.endedOn === null || p.endedOn >= today;
}
