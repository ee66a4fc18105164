import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import { PersonType } from '../persons/dto/person.type';
import { ConsentService } from './consent.service';
import { RecordConsentInput } from './dto/consent.input';

@Resolver(() => PersonType)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PersonType, {
    description: 'Enregistre l’information de la personne sur ses données et son accord au suivi.',
  })
  async recordConsent(
    @CurrentStructure() structureId: string,
    @Args('input') input: RecordConsentInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.record(structureId, input));
  }
}
