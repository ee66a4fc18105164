/** SIAE kinds (structure d'insertion par l'activité économique), as les emplois de l'inclusion names them. */
export enum StructureKind {
  AI = 'AI',
  ACI = 'ACI',
  EI = 'EI',
  ETTI = 'ETTI',
  EITI = 'EITI',
  GEIQ = 'GEIQ',
  OTHER = 'OTHER',
}

export const STRUCTURE_KIND_LABELS: Record<StructureKind, string> = {
  [StructureKind.AI]: 'Association intermédiaire',
  [StructureKind.ACI]: 'Atelier et chantier d’insertion',
  [StructureKind.EI]: 'Entreprise d’insertion',
  [StructureKind.ETTI]: 'Entreprise de travail temporaire d’insertion',
  [StructureKind.EITI]: 'Entreprise d’insertion par le travail indépendant',
  [StructureKind.GEIQ]: 'Groupement d’employeurs pour l’insertion et la qualification',
  [StructureKind.OTHER]: 'Autre structure',
};

export enum PartnerOrganisationKind {
  SOCIAL_LANDLORD = 'SOCIAL_LANDLORD',
  OTHER = 'OTHER',
}

/** The three stages of the pathway, then the exit. */
export enum PathwayStage {
  RECRUITMENT = 'RECRUITMENT',
  TRAINING = 'TRAINING',
  SECURING = 'SECURING',
  EXITED = 'EXITED',
}

export const PATHWAY_STAGE_LABELS: Record<PathwayStage, string> = {
  [PathwayStage.RECRUITMENT]: 'Recrutement',
  [PathwayStage.TRAINING]: 'Formation / alternance',
  [PathwayStage.SECURING]: 'Sécurisation de l’emploi',
  [PathwayStage.EXITED]: 'Sortie',
};
