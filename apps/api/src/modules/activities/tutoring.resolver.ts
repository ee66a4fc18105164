import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, todayInParis } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PartnerOrganisationType } from '../structures';
import type { TutorEntity } from './activity.entities';
import { AssignTutorInput, CreateTutorInput, EndTutoringInput, TutoringType, TutorType } from './dto/tutoring.dto';
import { TutoringService } from './tutoring.service';
import { loadPartnerOrganisation } from './work-situations.resolver';
import { WorkSituationsService } from './work-situations.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

@Resolver(() => TutorType)
export class TutorsResolver {
  constructor(
    private readonly service: TutoringService,
    private readonly hosts: WorkSituationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [TutorType], { description: 'Les tuteur·rices de ma structure et des entreprises d’accueil, par nom.' })
  async tutors(@CurrentStructure() structureId: string): Promise<TutorType[]> {
    return (await this.service.tutors(structureId)).map((t) => TutorType.from(t));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => TutorType, {
    description: 'Ajoute un·e tuteur·rice (structure, ou entreprise d’accueil avec son organisation).',
  })
  async createTutor(
    @CurrentStructure() structureId: string,
    @Args('input') input: CreateTutorInput,
  ): Promise<TutorType> {
    return TutorType.from(await this.service.createTutor(structureId, input));
  }

  @ResolveField(() => PartnerOrganisationType, {
    nullable: true,
    description: 'L’organisation d’accueil d’un·e tuteur·rice d’entreprise.',
  })
  async partnerOrganisation(
    @Parent() tutor: TutorType,
    @Context() ctx: GqlContext,
  ): Promise<PartnerOrganisationType | null> {
    return loadPartnerOrganisation(ctx, this.hosts, tutor.partnerOrganisationId);
  }

  @ResolveField(() => Int, { description: 'Personnes suivies dont le tutorat n’est pas terminé.' })
  async activeTraineeCount(@Parent() tutor: TutorType, @Context() ctx: GqlContext): Promise<number> {
    const today = todayInParis(this.clock.now());
    const loader = requestLoader<string, number>(ctx, 'activities.activeTraineeCountByTutor', (ids) =>
      this.service.activeTraineeCounts(tutor.structureId, ids, today),
    );
    return loader.load(tutor.id);
  }
}

@Resolver(() => TutoringType)
export class TutoringResolver {
  constructor(
    private readonly service: TutoringService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => TutoringType, {
    description:
      'Désigne un·e tuteur·rice pour une personne : un seul tutorat en cours par côté ; 3 personnes au plus par tuteur·rice d’entreprise.',
  })
  async assignTutor(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: AssignTutorInput,
  ): Promise<TutoringType> {
    return TutoringType.from(await this.service.assign(structureId, user.id, input), todayInParis(this.clock.now()));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => TutoringType, { description: 'Termine un tutorat à une date.' })
  async endTutoring(
    @CurrentStructure() structureId: string,
    @Args('input') input: EndTutoringInput,
  ): Promise<TutoringType> {
    return TutoringType.from(await this.service.end(structureId, input), todayInParis(this.clock.now()));
  }

  @ResolveField(() => TutorType)
  async tutor(@Parent() tutoring: TutoringType, @Context() ctx: GqlContext): Promise<TutorType> {
    const loader = requestLoader<string, TutorEntity | null>(ctx, 'activities.tutorById', (ids) =>
      this.service.tutorsByIds(tutoring.structureId, ids),
    );
    const tutor = await loader.load(tutoring.tutorId);
    if (!tutor) throw new Error(`Tuteur ${tutoring.tutorId} introuvable`);
    return TutorType.from(tutor);
  }
}
