import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { todayInParis } from '@tremplin/domain';
import type { GqlContext } from '../../core/auth/auth.types';
import { canSeeSensitive } from '../../core/access/person-access';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { pathwayReader } from './activities.common';
import { AdmissionService } from './admission.service';
import { AttendanceWeekRowType } from './attendance-week.dto';
import { AdmissionDecisionType, EmploymentContractType } from './dto/admission.dto';
import { PersonAttendanceType, TrainingHoursType } from './dto/collective-session.dto';
import { PathwayEventType } from './dto/pathway-event.dto';
import { BlockProgressType, skillLevelLabel } from './dto/skills.dto';
import { TutoringType } from './dto/tutoring.dto';
import { ImmersionType, MissionType, PlacementStatusType } from './dto/work-situation.dto';
import { EventsService } from './events.service';
import { placementTotals } from './placement';
import { SessionsService } from './sessions.service';
import { SkillsService } from './skills.service';
import { TutoringService } from './tutoring.service';
import { isAiStructure, placementsLoader } from './work-situations.resolver';
import { WorkSituationsService } from './work-situations.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

/**
 * The activities of stages 1 and 2 on the person record. Every field needs the pathway-read permission, reads only
 * the caller's structure and is batched per request: one statement per field for a whole page of persons.
 */
@Resolver(() => PersonType)
export class PersonActivitiesResolver {
  constructor(
    private readonly admission: AdmissionService,
    private readonly workSituations: WorkSituationsService,
    private readonly sessions: SessionsService,
    private readonly tutoring: TutoringService,
    private readonly skills: SkillsService,
    private readonly eventsService: EventsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => [AdmissionDecisionType], { description: 'Décisions d’admission, la plus récente d’abord.' })
  async admissionDecisions(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<AdmissionDecisionType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'activities.admissionDecisionsByPerson', (ids: readonly string[]) =>
      this.admission.decisionsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => AdmissionDecisionType.from(r));
  }

  @ResolveField(() => [EmploymentContractType], {
    description: 'Contrats de travail avec la structure, le plus récent d’abord.',
  })
  async employmentContracts(
    @Parent() person: PersonType,
    @Context() ctx: GqlContext,
  ): Promise<EmploymentContractType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'activities.employmentContractsByPerson', (ids: readonly string[]) =>
      this.admission.contractsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => EmploymentContractType.from(r));
  }

  @ResolveField(() => [ImmersionType], { description: 'Immersions (PMSMP), la plus récente d’abord.' })
  async immersions(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<ImmersionType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'activities.immersionsByPerson', (ids: readonly string[]) =>
      this.workSituations.immersionsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => ImmersionType.from(r));
  }

  @ResolveField(() => [MissionType], {
    description: 'Missions (test, remplacement, mise à disposition), la plus récente d’abord.',
  })
  async missions(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<MissionType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'activities.missionsByPerson', (ids: readonly string[]) =>
      this.workSituations.missionsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => MissionType.from(r));
  }

  @ResolveField(() => [PlacementStatusType], {
    description:
      'Association intermédiaire : le cumul des mises à disposition par organisation d’accueil sur 24 mois glissants ' +
      '(jusqu’à aujourd’hui, ou jusqu’à la fin de la dernière mise à disposition prévue), le plus élevé d’abord. Vide sinon.',
  })
  async placementTotals(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PlacementStatusType[]> {
    const { structureId } = pathwayReader(ctx);
    if (!(await isAiStructure(ctx, structureId))) return [];
    const placements = await placementsLoader(ctx, this.workSituations, structureId).load(person.id);
    return placementTotals(placements, todayInParis(this.clock.now()));
  }

  @ResolveField(() => [PersonAttendanceType], {
    description: 'Présences aux sessions collectives, la session la plus récente d’abord.',
  })
  async attendances(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PersonAttendanceType[]> {
    const { structureId } = pathwayReader(ctx);
    const rows = await requestLoader(ctx, 'activities.attendancesByPerson', (ids: readonly string[]) =>
      this.sessions.attendancesByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => PersonAttendanceType.from(r));
  }

  @ResolveField(() => TrainingHoursType, {
    description: 'Heures des sessions de formation où la personne est inscrite.',
  })
  async trainingHours(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<TrainingHoursType> {
    const { structureId } = pathwayReader(ctx);
    const today = todayInParis(this.clock.now());
    const hours = await requestLoader(ctx, 'activities.trainingHoursByPerson', (ids: readonly string[]) =>
      this.sessions.trainingHoursByPersons(structureId, ids, today),
    ).load(person.id);
    return Object.assign(new TrainingHoursType(), hours);
  }

  @ResolveField(() => [TutoringType], {
    description: 'Tutorats (structure et entreprise d’accueil), le plus récent d’abord.',
  })
  async tutorings(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<TutoringType[]> {
    const { structureId } = pathwayReader(ctx);
    const today = todayInParis(this.clock.now());
    const rows = await requestLoader(ctx, 'activities.tutoringsByPerson', (ids: readonly string[]) =>
      this.tutoring.tutoringsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => TutoringType.from(r, today));
  }

  @ResolveField(() => [BlockProgressType], {
    description:
      'Progression sur chaque bloc de la certification visée, dans l’ordre des blocs ; vide sans certification visée.',
  })
  async skillsProgress(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<BlockProgressType[]> {
    return skillsProgressOf(this.skills, ctx, person.id);
  }

  @ResolveField(() => [PathwayEventType], {
    description:
      'Événements du parcours et notes de suivi, le plus récent d’abord. Les notes confidentielles ne sont montrées qu’aux rôles autorisés.',
  })
  async events(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PathwayEventType[]> {
    const { structureId, auth } = pathwayReader(ctx);
    const includeConfidential = canSeeSensitive(auth);
    const rows = await requestLoader(ctx, 'activities.eventsByPerson', (ids: readonly string[]) =>
      this.eventsService.eventsByPersons(structureId, ids, includeConfidential),
    ).load(person.id);
    return rows.map((r) => PathwayEventType.from(r));
  }
}

/**
 * A person's progress on each block of their target certification, batched per request (one loader for every field
 * that asks for it: a person's file, a week's grid).
 */
export async function skillsProgressOf(
  skills: SkillsService,
  ctx: GqlContext,
  personId: string,
): Promise<BlockProgressType[]> {
  const { structureId } = pathwayReader(ctx);
  const rows = await requestLoader(ctx, 'activities.skillsProgressByPerson', (ids: readonly string[]) =>
    skills.progressByPersons(structureId, ids),
  ).load(personId);
  return rows.map((r) => ({
    block: r.block,
    level: r.level,
    levelLabel: skillLevelLabel(r.level),
    evaluatedOn: r.evaluatedOn,
    history: r.history.map((h) => ({ ...h, levelLabel: skillLevelLabel(h.level) })),
    version: r.history.length,
  }));
}

/** The week grid's persons: their blocks too, for the evaluations entered on the ground (offline « Mon terrain »). */
@Resolver(() => AttendanceWeekRowType)
export class AttendanceWeekRowResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => [BlockProgressType], {
    description:
      'Progression de la personne sur chaque bloc de sa certification visée ; vide sans certification visée. Lue en une fois pour toute la grille.',
  })
  async skillsProgress(@Parent() row: AttendanceWeekRowType, @Context() ctx: GqlContext): Promise<BlockProgressType[]> {
    return skillsProgressOf(this.skills, ctx, row.person.id);
  }
}
