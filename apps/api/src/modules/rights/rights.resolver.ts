import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { LiftPersonLegalHoldInput, PersonDataRetentionType, SetPersonLegalHoldInput } from './dto/rights.dto';
import { RetentionService } from './retention.service';

/** The retention of a person's file and its legal hold: the director's (docs/domain/retention.md). */
@Resolver(() => PersonDataRetentionType)
export class RightsResolver {
  constructor(private readonly retention: RetentionService) {}

  @Allow(Permission.PERSON_DATA_RIGHTS)
  @Query(() => PersonDataRetentionType, {
    description: 'Où en est la conservation du dossier : dernier contact, date d’anonymisation, gel.',
  })
  async personDataRetention(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonDataRetentionType> {
    return Object.assign(new PersonDataRetentionType(), await this.retention.status(structureId, personId));
  }

  @Allow(Permission.PERSON_DATA_RIGHTS)
  @Mutation(() => PersonDataRetentionType, {
    description:
      'Gèle le dossier : il est gardé au-delà de la durée de conservation (contrôle d’un financeur, litige…).',
  })
  async setPersonLegalHold(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetPersonLegalHoldInput,
  ): Promise<PersonDataRetentionType> {
    return Object.assign(new PersonDataRetentionType(), await this.retention.setLegalHold(user, structureId, input));
  }

  @Allow(Permission.PERSON_DATA_RIGHTS)
  @Mutation(() => PersonDataRetentionType, { description: 'Lève le gel du dossier.' })
  async liftPersonLegalHold(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: LiftPersonLegalHoldInput,
  ): Promise<PersonDataRetentionType> {
    return Object.assign(
      new PersonDataRetentionType(),
      await this.retention.liftLegalHold(user, structureId, input.personId),
    );
  }
}
