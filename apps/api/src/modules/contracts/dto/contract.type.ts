import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CONTRACT_BREAK_REASON_LABELS,
  CONTRACT_CERFA_KIND_LABELS,
  CONTRACT_FORM_LABELS,
  CONTRACT_PUBLIC_LABELS,
  CONTRACT_RENEWAL_REASONS,
  CONTRACT_STATUS_LABELS,
  type ContractBreakReason,
  type ContractCerfaKind,
  type ContractCheck,
  type ContractForm,
  type ContractPublic,
  type ContractRenewalReason,
  type ContractStatus,
  depositDueOn,
  decisionDueOn,
  OPCO_DECISION_LABELS,
  type OpcoDecisionKind,
} from '@tremplin/domain';
import type { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from '../contract.entities';

@ObjectType('ContractCheck', {
  description: 'Une règle légale que le contrat ne respecte pas (article cité, écart chiffré).',
})
export class ContractCheckType {
  @Field({ description: 'ContractCheckCode, par exemple DURATION_TOO_SHORT.' }) code!: string;
  @Field({ description: 'Le champ du formulaire concerné, par exemple « endDate ».' }) field!: string;
  @Field({ description: 'ERROR (bloque le dépôt) ou WARNING.' }) severity!: string;
  @Field() message!: string;

  static from(c: ContractCheck): ContractCheckType {
    return Object.assign(new ContractCheckType(), {
      code: c.code,
      field: c.field,
      severity: c.severity,
      message: c.message,
    });
  }
}

@ObjectType('ContractProgress', {
  description:
    'Avancement de la formation : heures suivies aux sessions de formation pendant le contrat, et montant OPCO.',
})
export class ContractProgressType {
  @Field(() => Int, { description: 'Heures de formation prévues au contrat, en minutes.' }) plannedMinutes!: number;
  @Field(() => Int, {
    description:
      'Minutes suivies aux sessions de formation (TRAINING) datées dans le contrat, jusqu’à aujourd’hui ou la rupture.',
  })
  attendedMinutes!: number;
  @Field(() => Int, { description: 'Prévu × jours écoulés / jours du contrat (arrondi à l’inférieur).' })
  expectedMinutesToDate!: number;
  @Field(() => Int) elapsedPercent!: number;
  @Field(() => Int, { description: 'Suivi / prévu, arrondi à l’inférieur (peut dépasser 100).' })
  attendedPercent!: number;
  @Field({ description: 'Plus de 10 % de retard sur les heures attendues à ce jour.' }) behind!: boolean;
  @Field(() => Int, { description: 'Heures justifiables auprès de l’OPCO : le suivi, dans la limite du prévu.' })
  justifiedMinutes!: number;
  @Field(() => Int, { description: 'Forfait horaire : celui du contrat, sinon de l’OPCO, sinon 9,15 € (915).' })
  hourlyRateCents!: number;
  @Field(() => Int, { description: 'Montant OPCO en centimes : heures justifiées × forfait, arrondi au centime.' })
  opcoAmountCents!: number;
}

@ObjectType('ContractBreakFollowUp', {
  description: 'Ce qu’il reste à faire après une rupture : informer l’OPCO, décider d’une réorientation.',
})
export class ContractBreakFollowUpType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ : 15 jours après la rupture.' }) dueOn!: string;
  @Field(() => String, { nullable: true }) opcoInformedOn!: string | null;
  @Field(() => String, { nullable: true }) reorientation!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => Int) version!: number;

  static from(e: ContractBreakFollowUpEntity): ContractBreakFollowUpType {
    return Object.assign(new ContractBreakFollowUpType(), {
      id: e.id,
      dueOn: e.dueOn,
      opcoInformedOn: e.opcoInformedOn,
      reorientation: e.reorientation,
      closedOn: e.closedOn,
      version: e.version,
    });
  }
}

const label = <K extends string | number>(labels: Record<K, string>, code: K | null): string | null =>
  code === null ? null : (labels[code] ?? String(code));

@ObjectType('ProfessionalisationContract', {
  description:
    'Contrat de professionnalisation (CERFA 12434) : parties, dates, formation, tuteurs, OPCO et cycle de vie.',
})
export class ProfessionalisationContractType {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => Int, { description: 'À renvoyer lors d’une modification : une version périmée est refusée.' })
  version!: number;
  @Field({ description: 'ContractStatus : DRAFT, SUBMITTED, ACCEPTED, REFUSED, ACTIVE, COMPLETED, BROKEN, RENEWED.' })
  status!: string;
  @Field() statusLabel!: string;
  @Field(() => Int, { description: 'Type de contrat du CERFA (1 à 5).' }) cerfaKind!: number;
  @Field() cerfaKindLabel!: string;
  @Field({ description: 'ContractForm : CDD ou CDI.' }) form!: string;
  @Field() formLabel!: string;
  @Field({ description: 'ContractPublic : fixe la durée maximale.' }) publicCategory!: string;
  @Field() publicCategoryLabel!: string;
  @Field() employerSiret!: string;
  @Field() workplaceSiret!: string;
  @Field(() => String, { nullable: true }) collectiveAgreement!: string | null;
  @Field() jobTitle!: string;
  @Field(() => String, { nullable: true }) franceTravailId!: string | null;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ, inclus.' }) endDate!: string;
  @Field(() => Int) trialPeriodDays!: number;
  @Field(() => Int) weeklyMinutes!: number;
  @Field(() => Int) grossMonthlyPayCents!: number;
  @Field(() => ID) certificationId!: string;
  @Field() trainingBodyName!: string;
  @Field(() => String, { nullable: true }) trainingBodySiret!: string | null;
  @Field(() => Int) plannedTrainingMinutes!: number;
  @Field(() => String, { nullable: true }) branchAgreementReference!: string | null;
  @Field(() => Int, { nullable: true }) branchAgreementMaxTrainingPercent!: number | null;
  @Field(() => ID, { nullable: true }) structureTutorId!: string | null;
  @Field(() => ID, { nullable: true }) hostTutorId!: string | null;
  @Field(() => Int, { nullable: true }) hostTutorExperienceMonths!: number | null;
  @Field() hostTutorIsEmployer!: boolean;
  @Field(() => ID, { nullable: true }) opcoFunderId!: string | null;
  @Field(() => String, { nullable: true }) opcoFileNumber!: string | null;
  @Field(() => Int, { nullable: true, description: 'Forfait horaire propre au contrat (branche), en centimes.' })
  hourlyRateCents!: number | null;
  @Field({ description: 'Date limite de dépôt à l’OPCO : début + 5 jours.' }) depositDueOn!: string;
  @Field(() => String, { nullable: true }) submittedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Date limite de la réponse de l’OPCO : dépôt + 20 jours (son silence vaut alors acceptation).',
  })
  decisionDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'OpcoDecisionKind.' }) opcoDecision!: string | null;
  @Field(() => String, { nullable: true }) opcoDecisionLabel!: string | null;
  @Field(() => String, { nullable: true }) opcoDecidedOn!: string | null;
  @Field(() => String, { nullable: true }) opcoRefusalReason!: string | null;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true }) brokenOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ContractBreakReason.' }) breakReason!: string | null;
  @Field(() => String, { nullable: true }) breakReasonLabel!: string | null;
  @Field(() => String, { nullable: true }) breakComment!: string | null;
  @Field(() => String, { nullable: true, description: 'ContractRenewalReason, quand ce contrat a été renouvelé.' })
  renewalReason!: string | null;
  @Field(() => String, { nullable: true }) renewalReasonLabel!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le contrat que celui-ci renouvelle.' }) renewedFromId!:
    string | null;

  /** Not exposed: the stored row, for the field resolvers (checks, progress). */
  entity!: ProfessionalisationContractEntity;

  static from(e: ProfessionalisationContractEntity): ProfessionalisationContractType {
    return Object.assign(new ProfessionalisationContractType(), {
      id: e.id,
      personId: e.personId,
      version: e.version,
      status: e.status,
      statusLabel: label(CONTRACT_STATUS_LABELS, e.status as ContractStatus),
      cerfaKind: e.cerfaKind,
      cerfaKindLabel: label(CONTRACT_CERFA_KIND_LABELS, e.cerfaKind as ContractCerfaKind),
      form: e.form,
      formLabel: label(CONTRACT_FORM_LABELS, e.form as ContractForm),
      publicCategory: e.publicCategory,
      publicCategoryLabel: label(CONTRACT_PUBLIC_LABELS, e.publicCategory as ContractPublic),
      employerSiret: e.employerSiret,
      workplaceSiret: e.workplaceSiret,
      collectiveAgreement: e.collectiveAgreement,
      jobTitle: e.jobTitle,
      franceTravailId: e.franceTravailId,
      startDate: e.startDate,
      endDate: e.endDate,
      trialPeriodDays: e.trialPeriodDays,
      weeklyMinutes: e.weeklyMinutes,
      grossMonthlyPayCents: e.grossMonthlyPayCents,
      certificationId: e.certificationId,
      trainingBodyName: e.trainingBodyName,
      trainingBodySiret: e.trainingBodySiret,
      plannedTrainingMinutes: e.plannedTrainingMinutes,
      branchAgreementReference: e.branchAgreementReference,
      branchAgreementMaxTrainingPercent: e.branchAgreementMaxTrainingPercent,
      structureTutorId: e.structureTutorId,
      hostTutorId: e.hostTutorId,
      hostTutorExperienceMonths: e.hostTutorExperienceMonths,
      hostTutorIsEmployer: e.hostTutorIsEmployer,
      opcoFunderId: e.opcoFunderId,
      opcoFileNumber: e.opcoFileNumber,
      hourlyRateCents: e.hourlyRateCents,
      depositDueOn: depositDueOn(e.startDate),
      submittedOn: e.submittedOn,
      decisionDueOn: e.submittedOn ? decisionDueOn(e.submittedOn) : null,
      opcoDecision: e.opcoDecision,
      opcoDecisionLabel: label(OPCO_DECISION_LABELS, e.opcoDecision as OpcoDecisionKind | null),
      opcoDecidedOn: e.opcoDecidedOn,
      opcoRefusalReason: e.opcoRefusalReason,
      completedOn: e.completedOn,
      brokenOn: e.brokenOn,
      breakReason: e.breakReason,
      breakReasonLabel: label(CONTRACT_BREAK_REASON_LABELS, e.breakReason as ContractBreakReason | null),
      breakComment: e.breakComment,
      renewalReason: e.renewalReason,
      renewalReasonLabel: e.renewalReason
        ? (CONTRACT_RENEWAL_REASONS[e.renewalReason as ContractRenewalReason]?.label ?? e.renewalReason)
        : null,
      renewedFromId: e.renewedFromId,
      entity: e,
    });
  }
}
