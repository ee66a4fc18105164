/**
 * Who referred the person (prescripteur / orienteur). Kinds follow les emplois de l’inclusion and the ASP
 * « orienteur » codes. Some kinds reveal, by their name alone, a justice measure, an addiction, a child-protection
 * or violence situation, homelessness or asylum: they are `sensitive` and must be shown as « Autre » anywhere
 * outside the structure (partners, funders, exports) and to the structure's roles without `sensitive:read` (the
 * technical supervisor). Cap emploi reveals a disability (RQTH), the département's social service, the CAF and the
 * CCAS reveal minimum social benefits or social difficulties (RSA, family allowances, social aid): sensitive too
 * (issue 14, point 12; docs/domain/sensitive-data.md).
 */

export enum PrescriberKind {
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  MISSION_LOCALE = 'MISSION_LOCALE',
  CAP_EMPLOI = 'CAP_EMPLOI',
  PLIE = 'PLIE',
  DEPARTMENT = 'DEPARTMENT',
  SPIP = 'SPIP',
  PJJ = 'PJJ',
  ASE = 'ASE',
  CAF = 'CAF',
  CCAS = 'CCAS',
  CHRS = 'CHRS',
  CHU = 'CHU',
  CADA = 'CADA',
  HUDA = 'HUDA',
  CPH = 'CPH',
  CAVA = 'CAVA',
  FAMILY_BOARDING_HOUSE = 'FAMILY_BOARDING_HOUSE',
  CSAPA = 'CSAPA',
  CAARUD = 'CAARUD',
  CIDFF = 'CIDFF',
  PREVENTION = 'PREVENTION',
  E2C = 'E2C',
  EPIDE = 'EPIDE',
  AFPA = 'AFPA',
  PIJ_BIJ = 'PIJ_BIJ',
  AUTHORISED_OTHER = 'AUTHORISED_OTHER',
  SPONTANEOUS = 'SPONTANEOUS',
  OTHER = 'OTHER',
}

export const PRESCRIBER_KINDS: Record<PrescriberKind, { label: string; sensitive: boolean }> = {
  [PrescriberKind.FRANCE_TRAVAIL]: { label: 'France Travail', sensitive: false },
  [PrescriberKind.MISSION_LOCALE]: { label: 'Mission locale', sensitive: false },
  [PrescriberKind.CAP_EMPLOI]: { label: 'Cap emploi', sensitive: true },
  [PrescriberKind.PLIE]: { label: 'PLIE (plan local pour l’insertion et l’emploi)', sensitive: false },
  [PrescriberKind.DEPARTMENT]: { label: 'Service social du conseil départemental', sensitive: true },
  [PrescriberKind.SPIP]: { label: 'SPIP (service pénitentiaire d’insertion et de probation)', sensitive: true },
  [PrescriberKind.PJJ]: { label: 'PJJ (protection judiciaire de la jeunesse)', sensitive: true },
  [PrescriberKind.ASE]: { label: 'ASE (aide sociale à l’enfance)', sensitive: true },
  [PrescriberKind.CAF]: { label: 'CAF (caisse d’allocations familiales)', sensitive: true },
  [PrescriberKind.CCAS]: { label: 'CCAS / CIAS (centre communal ou intercommunal d’action sociale)', sensitive: true },
  [PrescriberKind.CHRS]: { label: 'CHRS (centre d’hébergement et de réinsertion sociale)', sensitive: true },
  [PrescriberKind.CHU]: { label: 'CHU (centre d’hébergement d’urgence)', sensitive: true },
  [PrescriberKind.CADA]: { label: 'CADA (centre d’accueil de demandeurs d’asile)', sensitive: true },
  [PrescriberKind.HUDA]: { label: 'HUDA (hébergement d’urgence pour demandeurs d’asile)', sensitive: true },
  [PrescriberKind.CPH]: { label: 'CPH (centre provisoire d’hébergement)', sensitive: true },
  [PrescriberKind.CAVA]: { label: 'CAVA (centre d’adaptation à la vie active)', sensitive: true },
  [PrescriberKind.FAMILY_BOARDING_HOUSE]: { label: 'Pension de famille / résidence accueil', sensitive: true },
  [PrescriberKind.CSAPA]: {
    label: 'CSAPA (centre de soins, d’accompagnement et de prévention en addictologie)',
    sensitive: true,
  },
  [PrescriberKind.CAARUD]: {
    label: 'CAARUD (centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues)',
    sensitive: true,
  },
  [PrescriberKind.CIDFF]: {
    label: 'CIDFF (centre d’information sur les droits des femmes et des familles)',
    sensitive: true,
  },
  [PrescriberKind.PREVENTION]: { label: 'Service ou club de prévention spécialisée', sensitive: true },
  [PrescriberKind.E2C]: { label: 'École de la deuxième chance (E2C)', sensitive: false },
  [PrescriberKind.EPIDE]: { label: 'EPIDE (établissement pour l’insertion dans l’emploi)', sensitive: false },
  [PrescriberKind.AFPA]: { label: 'AFPA', sensitive: false },
  [PrescriberKind.PIJ_BIJ]: { label: 'Point ou bureau information jeunesse (PIJ / BIJ)', sensitive: false },
  [PrescriberKind.AUTHORISED_OTHER]: { label: 'Autre prescripteur habilité', sensitive: false },
  [PrescriberKind.SPONTANEOUS]: { label: 'Candidature spontanée', sensitive: false },
  [PrescriberKind.OTHER]: { label: 'Autre', sensitive: false },
};

/**
 * The kind to show outside the structure: the kind itself, or `OTHER` when it is sensitive
 * (a landlord must not learn that a person was referred by the SPIP or a CSAPA).
 */
export function maskedPrescriberKind(kind: PrescriberKind): PrescriberKind {
  return PRESCRIBER_KINDS[kind].sensitive ? PrescriberKind.OTHER : kind;
}
