import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { canSeeSensitive } from '../../core/access/person-access';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { CsvExportType } from './dto/fundable-source.type';
import { EnrolFseParticipantInput, UpdateFseParticipantInput } from './dto/fse-participant.input';
import { type FseParticipantRow, FseParticipantType } from './dto/fse-participant.type';
import { pathwayReader } from './funding.common';
import { FseParticipantsService } from './fse-participants.service';

@Resolver(() => FseParticipantType)
export class FseParticipantsResolver {
  constructor(private readonly service: FseParticipantsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => FseParticipantType, {
    description:
      'Inscrit une personne comme participante d’une opération FSE+ (convention dont le financeur est le FSE+).',
  })
  async enrolFseParticipant(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: EnrolFseParticipantInput,
  ): Promise<FseParticipantType> {
    return FseParticipantType.from(await this.service.enrol(structureId, user.id, input), canSeeSensitive(user));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => FseParticipantType, {
    description:
      'Enregistre les données FSE+ d’une personne (entrée, sortie, 6 mois) ; une version périmée est refusée.',
  })
  async updateFseParticipant(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateFseParticipantInput,
  ): Promise<FseParticipantType> {
    return FseParticipantType.from(await this.service.update(structureId, input), canSeeSensitive(user));
  }

  @Allow(Permission.FUNDING_READ, Permission.SENSITIVE_READ)
  @Query(() => CsvExportType, {
    description: 'Les participant·es FSE+ d’une convention en CSV (UTF-8 avec BOM, « ; », dates JJ/MM/AAAA).',
  })
  async fseParticipantsCsv(
    @CurrentStructure() structureId: string,
    @Args('agreementId', { type: () => ID }) agreementId: string,
  ): Promise<CsvExportType> {
    return Object.assign(new CsvExportType(), await this.service.csv(structureId, agreementId));
  }
}

/** The FSE+ participations of `Person`. */
@Resolver(() => PersonType)
export class FsePersonResolver {
  constructor(private readonly service: FseParticipantsService) {}

  @ResolveField(() => [FseParticipantType], { description: 'Participations à des opérations FSE+.' })
  async fseParticipations(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<FseParticipantType[]> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const rows = await requestLoader<string, FseParticipantRow[]>(ctx, 'funding.participationsByPerson', (ids) =>
      this.service.participationsByPersons(structureId, ids),
    ).load(person.id);
    return rows.map((r) => FseParticipantType.from(r, sensitive));
  }
}
