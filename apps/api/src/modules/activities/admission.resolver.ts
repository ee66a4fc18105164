import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { AdmissionService } from './admission.service';
import {
  AdmissionDecisionType,
  EmploymentContractType,
  RecordAdmissionDecisionInput,
  RecordEmploymentContractInput,
} from './dto/admission.dto';

@Resolver()
export class AdmissionResolver {
  constructor(private readonly service: AdmissionService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => AdmissionDecisionType, {
    description: 'Enregistre la décision d’admission en alternance (fin de l’étape 1).',
  })
  async recordAdmissionDecision(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordAdmissionDecisionInput,
  ): Promise<AdmissionDecisionType> {
    return AdmissionDecisionType.from(await this.service.recordDecision(structureId, user.id, input));
  }

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => EmploymentContractType, {
    description: 'Enregistre le contrat de travail de la personne avec la structure.',
  })
  async recordEmploymentContract(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordEmploymentContractInput,
  ): Promise<EmploymentContractType> {
    return EmploymentContractType.from(await this.service.recordContract(structureId, user.id, input));
  }
}
