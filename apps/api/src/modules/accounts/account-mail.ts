import { INVITATION_LIFETIME_HOURS, PASSWORD_RESET_LIFETIME_MINUTES, ROLE_LABELS, type Role } from '@tremplin/domain';
import type { MailMessage } from '../notifications';

/** The e-mails of accounts: plain text, French, the link and how long it lasts. */
export function invitationMail(
  to: string,
  o: { firstName: string; role: Role; structureName: string | null; invitedBy: string | null; link: string },
): MailMessage {
  const where = o.structureName ? ` de ${o.structureName}` : '';
  return {
    to,
    subject: `Votre accès à Tremplin${where}`,
    text: [
      `Bonjour ${o.firstName},`,
      '',
      `${o.invitedBy ? `${o.invitedBy} vous invite` : 'Vous êtes invité·e'} à utiliser Tremplin${where}, avec le rôle « ${ROLE_LABELS[o.role]} ».`,
      '',
      'Pour choisir votre mot de passe, ouvrez ce lien :',
      o.link,
      '',
      `Ce lien ne sert qu’une fois et expire dans ${INVITATION_LIFETIME_HOURS} heures. Passé ce délai, demandez une nouvelle invitation.`,
      'Si vous n’attendiez pas ce message, ignorez-le.',
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, o: { firstName: string; link: string }): MailMessage {
  return {
    to,
    subject: 'Tremplin : choisir un nouveau mot de passe',
    text: [
      `Bonjour ${o.firstName},`,
      '',
      'Une demande de nouveau mot de passe a été faite pour votre compte Tremplin. Pour le choisir, ouvrez ce lien :',
      o.link,
      '',
      `Ce lien ne sert qu’une fois et expire dans ${PASSWORD_RESET_LIFETIME_MINUTES} minutes.`,
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.',
    ].join('\n'),
  };
}
