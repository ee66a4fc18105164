import { DATA_RETENTION_YEARS, formatIsoDateFr } from '@tremplin/domain';
import { RightsPdf } from './rights-pdf';

/** What the notice names: the structure (the controller) and the person it is handed to. */
export interface NoticeSubject {
  structure: { name: string; siret: string; city: string | null };
  person: { firstName: string; lastName: string };
  today: string;
}

/**
 * The information notice handed to the person (RGPD art. 13; CNIL référentiel for the social and medico-social
 * sector, délibération n° 2021-028, information of persons and § 44–46 on retention): who processes the data, why,
 * on which basis, who receives them, how long they are kept, the person's rights and how to use them.
 */
export async function informationNoticePdf({ structure, person, today }: NoticeSubject): Promise<Buffer> {
  const doc = await RightsPdf.create('Vos données personnelles : notice d’information');
  doc.paragraph(
    `Remise à ${person.firstName} ${person.lastName} le ${formatIsoDateFr(today)} par ${structure.name} ` +
      `(SIRET ${structure.siret}${structure.city ? `, ${structure.city}` : ''}).`,
  );
  doc.heading('Qui traite vos données ?');
  doc.paragraph(
    `${structure.name}, structure d’insertion par l’activité économique (SIAE), est responsable du traitement de vos ` +
      `données. Elle utilise pour cela le logiciel Tremplin.`,
  );
  doc.heading('Pourquoi ?');
  doc.bullets([
    'Vous accueillir, vérifier votre éligibilité à l’insertion par l’activité économique et suivre votre PASS IAE.',
    'Vous accompagner dans votre parcours : entretiens, ateliers, formations, missions, immersions, contrats.',
    'Préparer et suivre votre sortie vers l’emploi ou la formation, et le suivi dans l’emploi après la sortie.',
    'Rendre compte aux financeurs de la structure (État, Département, Fonds social européen…), sous forme de chiffres.',
  ]);
  doc.heading('Sur quelle base ?');
  doc.paragraph(
    'L’exécution de la mission d’insertion confiée à la structure par l’État (conventionnement IAE, articles L5132-1 et ' +
      'suivants du code du travail) et les obligations légales qui s’y attachent ; votre consentement pour partager votre ' +
      'candidature avec un employeur partenaire, que vous pouvez retirer à tout moment.',
  );
  doc.heading('Qui reçoit vos données ?');
  doc.bullets([
    'Les professionnels de la structure qui vous accompagnent (conseiller·e, direction), chacun pour ce qui le concerne.',
    'L’État et l’Agence de services et de paiement (ASP), pour le PASS IAE et l’aide aux postes.',
    'Les financeurs de votre parcours (Département, Fonds social européen, OPCO…), pour ce que leur convention exige.',
    'Avec votre accord seulement : un employeur partenaire à qui votre candidature est proposée (jamais vos données de ' +
      'santé, de handicap, de justice ou vos difficultés sociales).',
  ]);
  doc.heading('Combien de temps ?');
  doc.paragraph(
    `Votre dossier est conservé ${DATA_RETENTION_YEARS} ans après le dernier contact avec la structure, comme le ` +
      'recommande la CNIL pour le secteur social (référentiel du 11 mars 2021). Il est ensuite anonymisé : seuls restent ' +
      'des chiffres qui ne permettent plus de vous reconnaître. Si votre parcours a été financé par le Fonds social ' +
      'européen (FSE+), il est gardé jusqu’à la fin des contrôles possibles (cinq ans après le 31 décembre de la dernière ' +
      'année de paiement du programme), puis anonymisé.',
  );
  doc.heading('Vos droits');
  doc.bullets([
    'Accéder à vos données et en recevoir une copie.',
    'Faire corriger ce qui est inexact ou incomplet.',
    'Vous opposer à un traitement ou en demander la limitation, dans les cas prévus par la loi ; demander l’effacement ' +
      'de ce qui n’est plus nécessaire.',
    'Retirer à tout moment votre accord au partage de votre candidature avec un employeur.',
  ]);
  doc.heading('Comment les exercer ?');
  doc.paragraph(
    `Adressez-vous à la direction de ${structure.name}${structure.city ? ` (${structure.city})` : ''}, ou à son ` +
      'délégué·e à la protection des données si elle en a désigné un·e. Une réponse vous sera donnée dans un délai d’un ' +
      'mois.',
  );
  doc.paragraph(
    'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL : ' +
      'www.cnil.fr/plaintes, ou CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.',
  );
  return doc.end(`${structure.name} — notice d’information sur vos données`);
}
