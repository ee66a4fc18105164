import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  checkContract,
  type ContractCheck,
  contractProgress,
  ContractStatus,
  effectiveHourlyRateCents,
  opcoAmountCents,
  Permission,
  type StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { pathwayReader } from '../../core/access/pathway-reader';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { TutorType } from '../activities';
import type { TutorEntity } from '../activities';
import { CertificationType } from '../certifications';
import type { CertificationEntity } from '../certifications';
import { FunderType } from '../funding';
import type { FunderEntity } from '../funding';
import { PersonType } from '../persons';
import type { ContractBreakFollowUpEntity, ProfessionalisationContractEntity } from './contract.entities';
import { checkInputOf } from './contracts.common';
import { ContractsService } from './contracts.service';
import {
  BreakProfessionalisationContractInput,
  CompleteProfessionalisationContractInput,
  CreateProfessionalisationContractInput,
  RecordOpcoDecisionInput,
  RenewProfessionalisationContractInput,
  StartProfessionalisationContractInput,
  SubmitProfessionalisationContractInput,
  UpdateContractBreakFollowUpInput,
  UpdateProfessionalisationContractInput,
} from './dto/contract.input';
import {
  ContractBreakFollowUpType,
  ContractCheckType,
  ContractProgressType,
  ProfessionalisationContractType,
} from './dto/contract.type';
import { CLOCK, type Clock } from '../../core/clock/clock';

const toType = (e: ProfessionalisationContractEntity) => ProfessionalisationContractType.from(e);

/** The contrat de professionnalisation: one query, its lifecycle mutations and its batched relation fields. */
@Resolver(() => ProfessionalisationContractType)
export class ContractsResolver {
  constructor(
    private readonly service: ContractsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => ProfessionalisationContractType, { description: 'Un contrat de professionnalisation de ma structure.' })
  async professionalisationContract(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.get(structureId, id));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Enregistre un brouillon de contrat, même si des règles ne sont pas respectées (voir checks).',
  })
  async createProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.create(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, { description: 'Modifie un brouillon (tous ses champs).' })
  async updateProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.update(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Dépose le contrat à l’OPCO ; refusé tant qu’une règle bloquante n’est pas respectée.',
  })
  async submitProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @Args('input') input: SubmitProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.submit(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Enregistre la décision de l’OPCO : acceptation, refus motivé, ou acceptation tacite après 20 jours.',
  })
  async recordOpcoDecision(
    @CurrentStructure() structureId: string,
    @Args('input') input: RecordOpcoDecisionInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.recordDecision(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, { description: 'Passe un contrat accepté en cours, dès son début.' })
  async startProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @Args('input') input: StartProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.start(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, { description: 'Enregistre la fin d’un contrat en cours.' })
  async completeProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @Args('input') input: CompleteProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.complete(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Enregistre la rupture d’un contrat accepté ou en cours, et ouvre son suivi (15 jours).',
  })
  async breakProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: BreakProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.breakContract(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Met à jour le suivi d’une rupture (OPCO informé, réorientation) ou le clôture ; renvoie le contrat.',
  })
  async updateContractBreakFollowUp(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdateContractBreakFollowUpInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.updateFollowUp(structureId, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ProfessionalisationContractType, {
    description: 'Renouvelle une fois un contrat en cours ou terminé ; renvoie le nouveau brouillon.',
  })
  async renewProfessionalisationContract(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RenewProfessionalisationContractInput,
  ): Promise<ProfessionalisationContractType> {
    return toType(await this.service.renew(structureId, user.id, input));
  }

  @ResolveField(() => CertificationType, { description: 'La certification visée.' })
  async certification(
    @Parent() c: ProfessionalisationContractType,
    @Context() ctx: GqlContext,
  ): Promise<CertificationType> {
    pathwayReader(ctx);
    const e = await requestLoader<string, CertificationEntity | null>(ctx, 'contracts.certificationById', (ids) =>
      this.service.certificationsByIds(ids),
    ).load(c.certificationId);
    return CertificationType.from(e as CertificationEntity);
  }

  @ResolveField(() => TutorType, { nullable: true })
  async structureTutor(
    @Parent() c: ProfessionalisationContractType,
    @Context() ctx: GqlContext,
  ): Promise<TutorType | null> {
    return this.tutor(c.structureTutorId, ctx);
  }

  @ResolveField(() => TutorType, { nullable: true })
  async hostTutor(@Parent() c: ProfessionalisationContractType, @Context() ctx: GqlContext): Promise<TutorType | null> {
    return this.tutor(c.hostTutorId, ctx);
  }

  @ResolveField(() => FunderType, { nullable: true, description: 'L’OPCO à qui le contrat est déposé.' })
  async opcoFunder(
    @Parent() c: ProfessionalisationContractType,
    @Context() ctx: GqlContext,
  ): Promise<FunderType | null> {
    const f = await this.funder(c, ctx);
    return f ? FunderType.from(f) : null;
  }

  @ResolveField(() => [ContractCheckType], {
    description: 'Règles légales non respectées, sur les données enregistrées (charge du·de la tuteur·rice comprise).',
  })
  async checks(@Parent() c: ProfessionalisationContractType, @Context() ctx: GqlContext): Promise<ContractCheckType[]> {
    return (await this.checksOf(c, ctx)).map((k) => ContractCheckType.from(k));
  }

  @ResolveField(() => Boolean, { description: 'Brouillon sans règle bloquante : il peut être déposé.' })
  async canSubmit(@Parent() c: ProfessionalisationContractType, @Context() ctx: GqlContext): Promise<boolean> {
    if (c.status !== ContractStatus.DRAFT) {
      pathwayReader(ctx);
      return false;
    }
    return (await this.checksOf(c, ctx)).every((k) => k.severity !== 'ERROR');
  }

  @ResolveField(() => ContractProgressType)
  async progress(
    @Parent() c: ProfessionalisationContractType,
    @Context() ctx: GqlContext,
  ): Promise<ContractProgressType> {
    const { structureId } = pathwayReader(ctx);
    const today = todayInParis(this.clock.now());
    const [attendedMinutes, funder] = await Promise.all([
      requestLoader<string, number>(ctx, 'contracts.attendedByContract', (ids) =>
        this.service.attendedMinutesByContracts(structureId, ids, today),
      ).load(c.id),
      this.funder(c, ctx),
    ]);
    const p = contractProgress({
      startDate: c.startDate,
      endDate: c.endDate,
      stoppedOn: c.brokenOn,
      plannedMinutes: c.plannedTrainingMinutes,
      attendedMinutes,
      today,
    });
    const hourlyRateCents = effectiveHourlyRateCents(c.hourlyRateCents, funder?.hourlyRateCents ?? null);
    return Object.assign(new ContractProgressType(), {
      plannedMinutes: c.plannedTrainingMinutes,
      attendedMinutes,
      ...p,
      hourlyRateCents,
      opcoAmountCents: opcoAmountCents(p.justifiedMinutes, hourlyRateCents),
    });
  }

  @ResolveField(() => ContractBreakFollowUpType, {
    nullable: true,
    description: 'Le suivi de la rupture, s’il y en a une.',
  })
  async breakFollowUp(
    @Parent() c: ProfessionalisationContractType,
    @Context() ctx: GqlContext,
  ): Promise<ContractBreakFollowUpType | null> {
    const { structureId } = pathwayReader(ctx);
    const f = await requestLoader<string, ContractBreakFollowUpEntity | null>(
      ctx,
      'contracts.followUpByContract',
      (ids) => this.service.followUpsByContracts(structureId, ids),
    ).load(c.id);
    return f ? ContractBreakFollowUpType.from(f) : null;
  }

  private async tutor(id: string | null, ctx: GqlContext): Promise<TutorType | null> {
    const { structureId } = pathwayReader(ctx);
    if (!id) return null;
    const t = await requestLoader<string, TutorEntity | null>(ctx, 'contracts.tutorById', (ids) =>
      this.service.tutorsByIds(structureId, ids),
    ).load(id);
    return t ? TutorType.from(t) : null;
  }

  private async funder(c: ProfessionalisationContractType, ctx: GqlContext): Promise<FunderEntity | null> {
    const { structureId } = pathwayReader(ctx);
    if (!c.opcoFunderId) return null;
    return requestLoader<string, FunderEntity | null>(ctx, 'contracts.funderById', (ids) =>
      this.service.fundersByIds(structureId, ids),
    ).load(c.opcoFunderId);
  }

  /** `checkContract` on the stored data, with the structure's kind and the host tutor's other contracts. */
  private async checksOf(c: ProfessionalisationContractType, ctx: GqlContext): Promise<ContractCheck[]> {
    const { structureId } = pathwayReader(ctx);
    const [kind, hostContracts] = await Promise.all([
      requestLoader<string, StructureKind>(ctx, 'contracts.structureKind', (ids) =>
        this.service.structureKinds(ids),
      ).load(structureId),
      c.hostTutorId
        ? requestLoader<string, string[]>(ctx, 'contracts.hostTutorContracts', (ids) =>
            this.service.hostTutorContractsByIds(structureId, ids),
          ).load(c.hostTutorId)
        : Promise.resolve(undefined),
    ]);
    const others = hostContracts?.filter((id) => id !== c.id).length;
    return checkContract(checkInputOf(c.entity, kind, others));
  }
}

/** `Person.professionalisationContracts`. */
@Resolver(() => PersonType)
export class ContractsPersonResolver {
  constructor(private readonly service: ContractsService) {}

  @ResolveField(() => [ProfessionalisationContractType], {
    description: 'Contrats de professionnalisation, le plus récent début d’abord.',
  })
  async professionalisationContracts(
    @Parent() person: PersonType,
    @Context() ctx: GqlContext,
  ): Promise<ProfessionalisationContractType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader<string, ProfessionalisationContractEntity[]>(
      ctx,
      'contracts.contractsByPerson',
      (ids) => this.service.contractsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map(toType);
  }
}
