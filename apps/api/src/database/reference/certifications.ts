/**
 * The certifications building-caretaker pathways aim at (IAE-RULES §2.2), inserted by the Pathway migration with
 * fixed ids. Administrators can add others; these rows are data, not code, once inserted.
 * Block titles follow the certifiers' published activities; the official block wording of each RNCP sheet should be
 * checked by the structure before use in a funder report.
 */
export interface ReferenceCertification {
  id: string;
  title: string;
  rncpCode: string | null;
  level: number;
  certifier: string;
  blocks: { id: string; code: string; title: string }[];
}

const id = (n: number) => `5e7c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const CERTIFICATION_IDS = {
  capGardien: id(1),
  afpolsGardien: id(2),
  eshGardien: id(3),
  tpAgentProprete: id(4),
} as const;

export const CERTIFICATION_REFERENCE_LIST: ReferenceCertification[] = [
  {
    id: CERTIFICATION_IDS.capGardien,
    title: 'CAP Gardien d’immeubles',
    rncpCode: '38633',
    level: 3,
    certifier: 'Ministère de l’Éducation nationale',
    blocks: [
      {
        id: id(101),
        code: 'UP1',
        title: 'Entretien et maintenance courante des parties communes et des espaces extérieurs',
      },
      { id: id(102), code: 'UP2', title: 'Surveillance technique du bâtiment et gestion des interventions' },
      { id: id(103), code: 'UP3', title: 'Relation avec les locataires et gestion administrative de proximité' },
    ],
  },
  {
    id: CERTIFICATION_IDS.afpolsGardien,
    title: 'Gardien d’immeubles (AFPOLS)',
    rncpCode: '40892',
    level: 3,
    certifier: 'AFPOLS',
    blocks: [
      { id: id(201), code: 'BC01', title: 'Assurer la gestion technique du bâtiment et des logements' },
      { id: id(202), code: 'BC02', title: 'Assurer la propreté, la gestion des déchets et l’éco-responsabilité' },
      { id: id(203), code: 'BC03', title: 'Gérer la relation aux locataires et prévenir les incivilités' },
    ],
  },
  {
    id: CERTIFICATION_IDS.eshGardien,
    title: 'Gardien d’immeubles (Fédération des ESH)',
    rncpCode: '40262',
    level: 3,
    certifier: 'CPNEF des ESH',
    blocks: [
      { id: id(301), code: 'BC01', title: 'Assurer la qualité de service et l’entretien du patrimoine' },
      { id: id(302), code: 'BC02', title: 'Assurer la gestion locative de proximité' },
      { id: id(303), code: 'BC03', title: 'Contribuer au lien social et à la tranquillité résidentielle' },
    ],
  },
  {
    id: CERTIFICATION_IDS.tpAgentProprete,
    title: 'Titre professionnel Agent de propreté et d’hygiène',
    rncpCode: null,
    level: 3,
    certifier: 'Ministère du Travail',
    blocks: [
      { id: id(401), code: 'CCP1', title: 'Réaliser une prestation de nettoyage manuel' },
      { id: id(402), code: 'CCP2', title: 'Réaliser une prestation de nettoyage mécanisé' },
    ],
  },
];
