import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { CertificationsService } from './certifications.service';
import { CertificationBlockType, CertificationType } from './dto/certification.type';
import { SetTargetCertificationInput } from './dto/set-target-certification.input';
import { pathwayReader } from './pathway-read';

@Resolver(() => CertificationType)
export class CertificationsResolver {
  constructor(private readonly service: CertificationsService) {}

  @Allow(Permission.PATHWAY_READ)
  @Query(() => [CertificationType], { description: 'Les certifications proposées (actives), par intitulé.' })
  async certifications(): Promise<CertificationType[]> {
    return (await this.service.listActive()).map((c) => CertificationType.from(c));
  }

  @Allow(Permission.PARTNER_PORTAL)
  @Query(() => [CertificationType], {
    description:
      'Le catalogue des certifications actives et de leurs blocs, pour exiger des blocs dans une demande de ' +
      'remplacement (catalogue commun : aucune donnée de personne).',
  })
  async portalCertifications(): Promise<CertificationType[]> {
    return (await this.service.listActive()).map((c) => CertificationType.from(c));
  }

  @ResolveField(() => [CertificationBlockType], { description: 'Les blocs de compétences, dans l’ordre.' })
  async blocks(
    @Parent() certification: CertificationType,
    @Context() ctx: GqlContext,
  ): Promise<CertificationBlockType[]> {
    const loader = requestLoader(ctx, 'certifications.blocksByCertification', (ids: readonly string[]) =>
      this.service.blocksOf(ids),
    );
    return (await loader.load(certification.id)).map((b) => CertificationBlockType.from(b));
  }
}

/** The person's target certification, and the mutation that chooses it. */
@Resolver(() => PersonType)
export class PersonTargetCertificationResolver {
  constructor(private readonly service: CertificationsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PersonType, { description: 'Choisit la certification visée par le parcours (null pour aucune).' })
  async setTargetCertification(
    @CurrentStructure() structureId: string,
    @Args('input') input: SetTargetCertificationInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.setTarget(structureId, input.personId, input.certificationId ?? null));
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => CertificationType, { nullable: true, description: 'La certification visée par le parcours.' })
  async targetCertification(
    @Parent() person: PersonType,
    @Context() ctx: GqlContext,
  ): Promise<CertificationType | null> {
    pathwayReader(ctx);
    if (!person.targetCertificationId) return null;
    const loader = requestLoader(ctx, 'certifications.certificationById', (ids: readonly string[]) =>
      this.service.byIds(ids),
    );
    const c = await loader.load(person.targetCertificationId);
    return c ? CertificationType.from(c) : null;
  }
}
