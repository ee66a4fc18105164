import { todayInParis } from '@tremplin/domain';

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
  siteNotFound: 'Ce site est introuvable parmi ceux de l’employeur : choisissez-le dans la liste.',
} as const;

/** The calendar year in Paris. */
export function currentYear(today = todayInParis()): number {
  return Number(today.slice(0, 4));
}

/** A partnership is active on `today` when it has started and not ended (`endedOn` null or not before today). */
export function isActivePartnership(p: { startedOn: string; endedOn: string | null }, today = todayInParis()): boolean {
  return p.endedOn === null || p.endedOn >= today;
}

/** SQL predicate of an active partnership aliased `ps`, `today` bound to `param`. */
export function activePartnershipSql(param: string, alias = 'ps'): string {
  return `(${alias}.ended_on IS NULL OR ${alias}.ended_on >= ${param}::date)`;
}
