import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  checkContract,
  CONTRACT_RENEWAL_REASONS,
  ContractBreakReason,
  type ContractRenewalReason,
  ContractStatus,
  countLabel,
  decisionDueOn,
  type FieldError,
  formatIsoDateFr,
  FunderKind,
  OpcoDecisionKind,
  type StructureKind,
  todayInParis,
  TutorSide,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import type { TutorEntity } from '../activities';
import type { CertificationEntity } from '../certifications';
import type { FunderEntity } from '../funding';
import type { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from './contract.entities';
import { ContractsRepository } from './contracts.repository';
import { CONTRACT_MESSAGES, checkInputOf, statusName } from './contracts.common';
import type {
  BreakProfessionalisationContractInput,
  CompleteProfessionalisationContractInput,
  ContractFieldsInput,
  CreateProfessionalisationContractInput,
  RecordOpcoDecisionInput,
  RenewProfessionalisationContractInput,
  StartProfessionalisationContractInput,
  SubmitProfessionalisationContractInput,
  UpdateContractBreakFollowUpInput,
  UpdateProfessionalisationContractInput,
} from './dto/contract.input';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** The statuses in which a contract takes a place with its host tutor (the cap counts them). */
export const HOST_TUTOR_LOAD_STATUSES: readonly ContractStatus[] = [
  ContractStatus.SUBMITTED,
  ContractStatus.ACCEPTED,
  ContractStatus.ACTIVE,
];

/** A break is followed up within 15 days: inform the OPCO, decide a reorientation. */
export const BREAK_FOLLOW_UP_DAYS = 15;

const fr = formatIsoDateFr;

/**
 * Contrats de professionnalisation: a draft is saved whatever its legal checks say (nothing typed is lost), then it
 * moves through its transitions (deposit, OPCO decision, start, completion, break, renewal), each in one transaction
 * on the locked row, refused on a stale version. Every query is scoped by the caller's structure.
 */
@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contracts: ContractsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(structureId: string, id: string): Promise<ProfessionalisationContractEntity> {
    const c = isUuid(id) ? await this.contracts.findContract(structureId, id) : null;
    if (!c) throw new NotFoundError(CONTRACT_MESSAGES.contractNotFound);
    return c;
  }

  async create(
    structureId: string,
    userId: string,
    input: CreateProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId);
      await this.checkFields(tx, structureId, input);
      return this.contracts.createContract(
        {
          ...fieldsOf(input),
          structureId,
          personId: person.id,
          createdById: userId,
          status: ContractStatus.DRAFT,
        },
        tx,
      );
    });
  }

  /**
   * Changes the fields given of a draft (a field left out keeps its value, null clears it where the CERFA may do
   * without it — docs/domain/concurrent-edits.md); the draft as merged is checked as a whole.
   */
  async update(
    structureId: string,
    input: UpdateProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(c, [ContractStatus.DRAFT], 'Seul un brouillon se modifie');
      const merged = applyPatch(c, input, CONTRACT_PATCH);
      await this.checkFields(tx, structureId, merged);
      Object.assign(c, fieldsOf(merged));
      return this.save(tx, c);
    });
  }

  /**
   * Deposits a draft with the OPCO. Refused while a legal check fails: the field errors are those checks. The host
   * tutor is locked so that two deposits cannot both pass the cap.
   */
  async submit(
    structureId: string,
    input: SubmitProfessionalisationContractInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(c, [ContractStatus.DRAFT], 'Seul un brouillon se dépose à l’OPCO');
      notAfterToday('submittedOn', 'La date de dépôt', input.submittedOn, today);
      const kind = await this.structureKindIn(tx, structureId);
      let others: number | undefined;
      if (c.hostTutorId) {
        await this.contracts.lockTutor(structureId, c.hostTutorId, tx);
        others = (await this.hostTutorContracts(structureId, [c.hostTutorId], tx))[0].filter(
          (id) => id !== c.id,
        ).length;
      }
      const errors = checkContract(checkInputOf(c, kind, others)).filter((k) => k.severity === 'ERROR');
      if (errors.length)
        throw new BadUserInputError(
          errors.map(({ field, message }) => ({ field, message })),
          `Ce contrat ne peut pas être déposé à l’OPCO : ${countLabel(errors.length, 'règle non respectée', 'règles non respectées')}. ` +
            errors.map((e) => e.message).join(' '),
        );
      c.status = ContractStatus.SUBMITTED;
      c.submittedOn = input.submittedOn;
      return this.save(tx, c);
    });
  }

  /**
   * The OPCO's answer. An acceptance (explicit or tacit) makes the contract ACTIVE when it has started by the decision
   * date, ACCEPTED otherwise. A tacit acceptance is acquired only once the 20 days have passed, and is dated on the
   * 20th day; a refusal needs its reason.
   */
  async recordDecision(
    structureId: string,
    input: RecordOpcoDecisionInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(c, [ContractStatus.SUBMITTED], 'La décision de l’OPCO s’enregistre sur un contrat déposé');
      const submittedOn = c.submittedOn as string;
      let decidedOn = input.decidedOn;
      if (input.decision === OpcoDecisionKind.TACIT_ACCEPTANCE) {
        decidedOn = decisionDueOn(submittedOn);
        if (today <= decidedOn)
          throw new BadUserInputError([
            {
              field: 'decision',
              message:
                `L’OPCO a jusqu’au ${fr(decidedOn)} pour répondre au dépôt du ${fr(submittedOn)} : son silence ne vaut ` +
                `acceptation qu’à partir du ${fr(addDays(decidedOn, 1))}. Attendez sa réponse ou cette date.`,
            },
          ]);
      } else {
        if (decidedOn < submittedOn)
          throw new BadUserInputError([
            {
              field: 'decidedOn',
              message: `La décision (${fr(decidedOn)}) ne peut pas précéder le dépôt du contrat (${fr(submittedOn)}).`,
            },
          ]);
        notAfterToday('decidedOn', 'La date de la décision', decidedOn, today);
      }
      if (input.decision === OpcoDecisionKind.REFUSED) {
        if (!input.refusalReason)
          throw new BadUserInputError([
            {
              field: 'refusalReason',
              message: 'Indiquez le motif du refus : l’OPCO doit motiver sa décision, notée sur le dossier.',
            },
          ]);
        c.status = ContractStatus.REFUSED;
        c.opcoRefusalReason = input.refusalReason;
      } else {
        c.status = c.startDate <= decidedOn ? ContractStatus.ACTIVE : ContractStatus.ACCEPTED;
        c.opcoRefusalReason = null;
      }
      c.opcoDecision = input.decision;
      c.opcoDecidedOn = decidedOn;
      if (input.opcoFileNumber) c.opcoFileNumber = input.opcoFileNumber;
      return this.save(tx, c);
    });
  }

  /** An accepted contract that has started becomes ACTIVE. */
  async start(
    structureId: string,
    input: StartProfessionalisationContractInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(c, [ContractStatus.ACCEPTED], 'Seul un contrat accepté par l’OPCO commence');
      if (today < c.startDate)
        throw new BadUserInputError([
          {
            field: 'status',
            message: `Le contrat commence le ${fr(c.startDate)} : il passera en cours ce jour-là, pas avant.`,
          },
        ]);
      c.status = ContractStatus.ACTIVE;
      return this.save(tx, c);
    });
  }

  async complete(
    structureId: string,
    input: CompleteProfessionalisationContractInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(c, [ContractStatus.ACTIVE], 'Seul un contrat en cours se termine');
      if (input.completedOn < c.startDate || input.completedOn > c.endDate)
        throw new BadUserInputError([
          {
            field: 'completedOn',
            message:
              `La fin (${fr(input.completedOn)}) doit tomber pendant le contrat, du ${fr(c.startDate)} au ${fr(c.endDate)} ; ` +
              `un contrat arrêté avant son terme est une rupture.`,
          },
        ]);
      notAfterToday('completedOn', 'La date de fin', input.completedOn, today);
      c.status = ContractStatus.COMPLETED;
      c.completedOn = input.completedOn;
      return this.save(tx, c);
    });
  }

  /** Breaks an accepted or running contract and opens its follow-up (due 15 days after the break). */
  async breakContract(
    structureId: string,
    userId: string,
    input: BreakProfessionalisationContractInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(
        c,
        [ContractStatus.ACCEPTED, ContractStatus.ACTIVE],
        'Seul un contrat accepté ou en cours se rompt',
      );
      const errors: FieldError[] = [];
      if (c.submittedOn && input.brokenOn < c.submittedOn)
        errors.push({
          field: 'brokenOn',
          message: `La rupture (${fr(input.brokenOn)}) ne peut pas précéder le dépôt du contrat (${fr(c.submittedOn)}).`,
        });
      else if (input.brokenOn > c.endDate)
        errors.push({
          field: 'brokenOn',
          message: `La rupture (${fr(input.brokenOn)}) tombe après la fin du contrat (${fr(c.endDate)}) : enregistrez plutôt sa fin.`,
        });
      else if (input.brokenOn > today)
        errors.push({ field: 'brokenOn', message: futureMessage('La date de la rupture', input.brokenOn, today) });
      if (input.reason === ContractBreakReason.OTHER && !input.comment)
        errors.push({ field: 'comment', message: 'Précisez le motif de la rupture dans le commentaire.' });
      if (errors.length) throw new BadUserInputError(errors);
      c.status = ContractStatus.BROKEN;
      c.brokenOn = input.brokenOn;
      c.breakReason = input.reason;
      c.breakComment = input.comment ?? null;
      const saved = await this.save(tx, c);
      await this.contracts.insertFollowUp(
        {
          structureId,
          personId: c.personId,
          createdById: userId,
          contractId: c.id,
          dueOn: addDays(input.brokenOn, BREAK_FOLLOW_UP_DAYS),
        },
        tx,
      );
      return saved;
    });
  }

  /** Records what was done after a break; closing needs both the OPCO informed and the reorientation. */
  async updateFollowUp(
    structureId: string,
    input: UpdateContractBreakFollowUpInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const f = isUuid(input.id) ? await this.contracts.lockFollowUp(structureId, input.id, tx) : null;
      if (!f) throw new NotFoundError(CONTRACT_MESSAGES.followUpNotFound);
      if (f.version !== input.version) throw new ConflictError(CONTRACT_MESSAGES.followUpConflict);
      if (f.closedOn)
        throw new BadUserInputError([
          { field: 'close', message: `Ce suivi est clôturé depuis le ${fr(f.closedOn)} : il ne se modifie plus.` },
        ]);
      const contract = await this.contracts.findContractOrFail(structureId, f.contractId, tx);
      if (input.opcoInformedOn !== undefined) f.opcoInformedOn = input.opcoInformedOn;
      if (input.reorientation !== undefined) f.reorientation = input.reorientation;
      const errors: FieldError[] = [];
      if (f.opcoInformedOn && contract.brokenOn && f.opcoInformedOn < contract.brokenOn)
        errors.push({
          field: 'opcoInformedOn',
          message: `L’OPCO ne peut pas avoir été informé (${fr(f.opcoInformedOn)}) avant la rupture (${fr(contract.brokenOn)}).`,
        });
      else if (f.opcoInformedOn && f.opcoInformedOn > today)
        errors.push({
          field: 'opcoInformedOn',
          message: futureMessage('La date d’information de l’OPCO', f.opcoInformedOn, today),
        });
      if (input.close) {
        if (!f.opcoInformedOn)
          errors.push({
            field: 'opcoInformedOn',
            message: 'Pour clôturer le suivi, indiquez le jour où l’OPCO a été informé de la rupture.',
          });
        if (!f.reorientation)
          errors.push({
            field: 'reorientation',
            message: 'Pour clôturer le suivi, indiquez la réorientation décidée avec la personne.',
          });
        f.closedOn = today;
      }
      if (errors.length) throw new BadUserInputError(errors);
      await this.contracts.saveFollowUp(f, tx);
      return contract;
    });
  }

  /**
   * Renews a running or completed contract once: a new draft copying its fields, dated by the input, whose CERFA kind
   * follows the renewal reason. A contract that is itself a renewal is not renewed again.
   */
  async renew(
    structureId: string,
    userId: string,
    input: RenewProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractEntity> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, structureId, input.id, input.version);
      requireStatus(
        c,
        [ContractStatus.ACTIVE, ContractStatus.COMPLETED],
        'Seul un contrat en cours ou terminé se renouvelle',
      );
      if (c.renewedFromId)
        throw new BadUserInputError([
          {
            field: 'reason',
            message:
              'Ce contrat est déjà le renouvellement d’un contrat précédent : un contrat de professionnalisation ne se ' +
              'renouvelle qu’une fois avec le même employeur.',
          },
        ]);
      if (input.endDate <= input.startDate)
        throw new BadUserInputError([
          {
            field: 'endDate',
            message: `La fin du nouveau contrat (${fr(input.endDate)}) doit suivre son début (${fr(input.startDate)}).`,
          },
        ]);
      const reason = input.reason as ContractRenewalReason;
      c.status = ContractStatus.RENEWED;
      c.renewalReason = reason;
      await this.save(tx, c);
      return this.contracts.createContract(
        {
          structureId,
          personId: c.personId,
          createdById: userId,
          status: ContractStatus.DRAFT,
          cerfaKind: CONTRACT_RENEWAL_REASONS[reason].cerfaKind,
          form: c.form,
          publicCategory: c.publicCategory,
          employerSiret: c.employerSiret,
          workplaceSiret: c.workplaceSiret,
          collectiveAgreement: c.collectiveAgreement,
          jobTitle: c.jobTitle,
          franceTravailId: c.franceTravailId,
          startDate: input.startDate,
          endDate: input.endDate,
          trialPeriodDays: c.trialPeriodDays,
          weeklyMinutes: c.weeklyMinutes,
          grossMonthlyPayCents: c.grossMonthlyPayCents,
          certificationId: c.certificationId,
          trainingBodyName: c.trainingBodyName,
          trainingBodySiret: c.trainingBodySiret,
          plannedTrainingMinutes: c.plannedTrainingMinutes,
          branchAgreementReference: c.branchAgreementReference,
          branchAgreementMaxTrainingPercent: c.branchAgreementMaxTrainingPercent,
          structureTutorId: c.structureTutorId,
          hostTutorId: c.hostTutorId,
          hostTutorExperienceMonths: c.hostTutorExperienceMonths,
          hostTutorIsEmployer: c.hostTutorIsEmployer,
          opcoFunderId: c.opcoFunderId,
          opcoFileNumber: null,
          hourlyRateCents: c.hourlyRateCents,
          renewedFromId: c.id,
        },
        tx,
      );
    });
  }

  // ---- batched reads (one statement per batch) ----

  /** The contracts of each person, latest start first. */
  contractsByPersons(
    structureId: string,
    personIds: readonly string[],
  ): Promise<ProfessionalisationContractEntity[][]> {
    return this.contracts.contractsByPersons(structureId, personIds);
  }

  /** Minutes attended at TRAINING sessions within each contract's period, up to `today`. */
  async attendedMinutesByContracts(structureId: string, ids: readonly string[], today: string): Promise<number[]> {
    const rows = await this.contracts.attendedMinutesByContracts(structureId, ids, today);
    const byId = new Map(rows.map((r) => [r.id, r.attended]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  async followUpsByContracts(
    structureId: string,
    ids: readonly string[],
  ): Promise<(ContractBreakFollowUpEntity | null)[]> {
    const rows = await this.contracts.followUpsOfContracts(structureId, ids);
    const byContract = new Map(rows.map((r) => [r.contractId, r]));
    return ids.map((id) => byContract.get(id) ?? null);
  }

  fundersByIds(structureId: string, ids: readonly string[]): Promise<(FunderEntity | null)[]> {
    return this.contracts.fundersByIds(structureId, ids);
  }

  tutorsByIds(structureId: string, ids: readonly string[]): Promise<(TutorEntity | null)[]> {
    return this.contracts.tutorsByIds(structureId, ids);
  }

  certificationsByIds(ids: readonly string[]): Promise<(CertificationEntity | null)[]> {
    return this.contracts.certificationsByIds(ids);
  }

  async structureKinds(ids: readonly string[]): Promise<StructureKind[]> {
    const rows = await this.contracts.structuresByIds(ids);
    const byId = new Map(rows.map((r) => [r.id, r.kind]));
    return ids.map((id) => byId.get(id) as StructureKind);
  }

  /** For each host tutor, the ids of the contracts that count in their load (SUBMITTED, ACCEPTED, ACTIVE). */
  async hostTutorContracts(
    structureId: string,
    tutorIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<string[][]> {
    const rows = await this.contracts.hostTutorContracts(structureId, tutorIds, HOST_TUTOR_LOAD_STATUSES, tx);
    const byTutor = new Map(rows.map((r) => [r.tutorId, r.ids]));
    return tutorIds.map((id) => byTutor.get(id) ?? []);
  }

  hostTutorContractsByIds(structureId: string, tutorIds: readonly string[]): Promise<string[][]> {
    return this.hostTutorContracts(structureId, tutorIds);
  }

  // ---- helpers ----

  /** The contract, locked until the transaction ends; NOT_FOUND if not the structure's, CONFLICT on a stale version. */
  private async lock(
    tx: EntityManager,
    structureId: string,
    id: string,
    version: number,
  ): Promise<ProfessionalisationContractEntity> {
    const c = isUuid(id) ? await this.contracts.lockContract(structureId, id, tx) : null;
    if (!c) throw new NotFoundError(CONTRACT_MESSAGES.contractNotFound);
    if (c.version !== version) throw new ConflictError(CONTRACT_MESSAGES.contractConflict);
    return c;
  }

  private async save(
    tx: EntityManager,
    c: ProfessionalisationContractEntity,
  ): Promise<ProfessionalisationContractEntity> {
    return this.contracts.saveContract(c, tx);
  }

  private async structureKindIn(tx: EntityManager, structureId: string): Promise<StructureKind> {
    return this.contracts.structureKind(structureId, tx);
  }

  /**
   * What the database cannot store or what does not exist: the period, the certification, the tutors (of the
   * structure, on the right side), the OPCO (a funder of kind OPCO of the structure). Legal checks are not made here.
   */
  private async checkFields(tx: EntityManager, structureId: string, input: ContractFieldsInput): Promise<void> {
    const errors: FieldError[] = [];
    if (input.endDate <= input.startDate)
      errors.push({
        field: 'endDate',
        message: `La fin du contrat (${fr(input.endDate)}) doit suivre son début (${fr(input.startDate)}).`,
      });
    const certification = isUuid(input.certificationId)
      ? await this.contracts.findCertification(input.certificationId, tx)
      : null;
    if (!certification) errors.push({ field: 'certificationId', message: CONTRACT_MESSAGES.certificationNotFound });
    for (const [field, id, side] of [
      ['structureTutorId', input.structureTutorId, TutorSide.STRUCTURE],
      ['hostTutorId', input.hostTutorId, TutorSide.HOST],
    ] as const) {
      if (!id) continue;
      const tutor = isUuid(id) ? await this.contracts.findTutor(structureId, id, tx) : null;
      if (!tutor)
        errors.push({
          field,
          message: 'Ce·tte tuteur·rice est introuvable dans votre structure : choisissez-le·la dans la liste.',
        });
      else if (tutor.side !== side)
        errors.push({
          field,
          message:
            side === TutorSide.HOST
              ? `${tutor.firstName} ${tutor.lastName} est tuteur·rice de la structure : choisissez un·e tuteur·rice de l’entreprise d’accueil.`
              : `${tutor.firstName} ${tutor.lastName} est tuteur·rice d’une entreprise d’accueil : choisissez un·e tuteur·rice de la structure.`,
        });
    }
    if (input.opcoFunderId) {
      const funder = isUuid(input.opcoFunderId)
        ? await this.contracts.findFunder(structureId, input.opcoFunderId, tx)
        : null;
      if (!funder) errors.push({ field: 'opcoFunderId', message: CONTRACT_MESSAGES.opcoNotFound });
      else if (funder.kind !== FunderKind.OPCO)
        errors.push({
          field: 'opcoFunderId',
          message: `${funder.name} n’est pas un OPCO : choisissez un financeur de type OPCO.`,
        });
    }
    if (errors.length) throw new BadUserInputError(errors);
  }
}

/** The editable fields of the input, as stored (absent optional fields are stored empty). */
/** What a draft's update may change, and what null does to each field. */
const CONTRACT_PATCH: PatchRules<ProfessionalisationContractEntity> = {
  cerfaKind: required('Le type de contrat du CERFA'),
  form: required('La forme du contrat', { feminine: true }),
  publicCategory: required('Le public de la personne'),
  employerSiret: required('Le SIRET de l’employeur'),
  workplaceSiret: required('Le SIRET du lieu d’exécution du contrat'),
  collectiveAgreement: CLEARABLE,
  jobTitle: required('L’intitulé du poste'),
  franceTravailId: CLEARABLE,
  startDate: required('La date de début du contrat', { feminine: true }),
  endDate: required('La date de fin du contrat', { feminine: true }),
  trialPeriodDays: required('La période d’essai', { feminine: true }),
  weeklyMinutes: required('La durée hebdomadaire', { feminine: true }),
  grossMonthlyPayCents: required('Le salaire brut mensuel'),
  certificationId: required('La certification visée', { feminine: true }),
  trainingBodyName: required('Le nom de l’organisme de formation'),
  trainingBodySiret: CLEARABLE,
  plannedTrainingMinutes: required('Les heures de formation prévues', { feminine: true, plural: true }),
  branchAgreementReference: CLEARABLE,
  branchAgreementMaxTrainingPercent: CLEARABLE,
  structureTutorId: CLEARABLE,
  hostTutorId: CLEARABLE,
  hostTutorExperienceMonths: CLEARABLE,
  hostTutorIsEmployer: required('Le choix « le·la tuteur·rice d’accueil est l’employeur·se »'),
  opcoFunderId: CLEARABLE,
  opcoFileNumber: CLEARABLE,
  hourlyRateCents: CLEARABLE,
};

function fieldsOf(input: ContractFieldsInput): Partial<ProfessionalisationContractEntity> {
  return {
    cerfaKind: input.cerfaKind,
    form: input.form,
    publicCategory: input.publicCategory,
    employerSiret: input.employerSiret,
    workplaceSiret: input.workplaceSiret,
    collectiveAgreement: input.collectiveAgreement ?? null,
    jobTitle: input.jobTitle,
    franceTravailId: input.franceTravailId ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    trialPeriodDays: input.trialPeriodDays,
    weeklyMinutes: input.weeklyMinutes,
    grossMonthlyPayCents: input.grossMonthlyPayCents,
    certificationId: input.certificationId,
    trainingBodyName: input.trainingBodyName,
    trainingBodySiret: input.trainingBodySiret ?? null,
    plannedTrainingMinutes: input.plannedTrainingMinutes,
    branchAgreementReference: input.branchAgreementReference ?? null,
    branchAgreementMaxTrainingPercent: input.branchAgreementMaxTrainingPercent ?? null,
    structureTutorId: input.structureTutorId ?? null,
    hostTutorId: input.hostTutorId ?? null,
    hostTutorExperienceMonths: input.hostTutorExperienceMonths ?? null,
    hostTutorIsEmployer: input.hostTutorIsEmployer ?? false,
    opcoFunderId: input.opcoFunderId ?? null,
    opcoFileNumber: input.opcoFileNumber ?? null,
    hourlyRateCents: input.hourlyRateCents ?? null,
  };
}

function requireStatus(c: ProfessionalisationContractEntity, allowed: ContractStatus[], what: string): void {
  if (!allowed.includes(c.status as ContractStatus))
    throw new BadUserInputError([{ field: 'status', message: `${what} : ce contrat est ${statusName(c.status)}.` }]);
}

function futureMessage(what: string, date: string, today: string): string {
  return `${what} (${fr(date)}) est dans le futur : enregistrez-la ce jour-là (aujourd’hui nous sommes le ${fr(today)}).`;
}

function notAfterToday(field: string, what: string, date: string, today: string): void {
  if (date > today) throw new BadUserInputError([{ field, message: futureMessage(what, date, today) }]);
}
