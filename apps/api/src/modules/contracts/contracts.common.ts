import {
  type ContractCheckInput,
  type StructureKind,
  CONTRACT_STATUS_LABELS,
  type ContractStatus,
} from '@tremplin/domain';
import type { ProfessionalisationContractEntity } from './contract.entities';

/** Not-found and conflict messages of the contracts (unknown ids and another structure's ids read the same). */
export const CONTRACT_MESSAGES = {
  contractNotFound: 'Ce contrat de professionnalisation est introuvable dans votre structure.',
  followUpNotFound: 'Ce suivi de rupture est introuvable dans votre structure.',
  contractConflict:
    'Ce contrat a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la fiche pour voir ses ' +
    'changements : vos saisies ne sont pas enregistrées.',
  followUpConflict:
    'Ce suivi de rupture a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez la fiche pour ' +
    'voir ses changements : vos saisies ne sont pas enregistrées.',
  certificationNotFound: 'Cette certification est introuvable : choisissez-la dans la liste.',
  opcoNotFound:
    'Cet OPCO est introuvable parmi les financeurs de votre structure : choisissez un financeur de type OPCO dans la liste.',
} as const;

/** `« Déposé à l’OPCO »`: the status as a person reads it, quoted. */
export function statusName(status: string): string {
  return `« ${CONTRACT_STATUS_LABELS[status as ContractStatus] ?? status} »`;
}

/**
 * What `checkContract` reads of a stored contract. `hostTutorOtherTrainees` is the host tutor's other SUBMITTED,
 * ACCEPTED or ACTIVE contracts (undefined without a host tutor).
 */
export function checkInputOf(
  c: ProfessionalisationContractEntity,
  structureKind: StructureKind,
  hostTutorOtherTrainees: number | undefined,
): ContractCheckInput {
  return {
    structureKind,
    form: c.form,
    publicCategory: c.publicCategory,
    startDate: c.startDate,
    endDate: c.endDate,
    trialPeriodDays: c.trialPeriodDays,
    weeklyMinutes: c.weeklyMinutes,
    plannedTrainingMinutes: c.plannedTrainingMinutes,
    branchAgreementReference: c.branchAgreementReference,
    branchAgreementMaxTrainingPercent: c.branchAgreementMaxTrainingPercent,
    structureTutorId: c.structureTutorId,
    hostTutorId: c.hostTutorId,
    hostTutorExperienceMonths: c.hostTutorExperienceMonths,
    hostTutorIsEmployer: c.hostTutorIsEmployer,
    hostTutorOtherTrainees,
    employerSiret: c.employerSiret,
    workplaceSiret: c.workplaceSiret,
    opcoFunderId: c.opcoFunderId,
  };
}
