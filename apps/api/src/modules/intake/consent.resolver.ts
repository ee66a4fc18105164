import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { PersonType } from '../persons';
import { ConsentService } from './consent.service';
import { RecordConsentInput } from './dto/consent.input';

@Resolver(() => PersonType)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  /** Removing a consent given before also withdraws the person's proposals: landlords lose access at once. */
  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PersonType, {
    description: 'Enregistre l’information de la personne sur ses données et son accord au suivi.',
  })
  async recordConsent(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordConsentInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.record(structureId, user, input));
  }
}
