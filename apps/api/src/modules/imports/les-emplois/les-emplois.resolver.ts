import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../../core/auth/auth.decorators';
import type { AuthUser } from '../../../core/auth/auth.types';
import { ImportRunType } from '../dto/import.types';
import { LesEmploisService } from './les-emplois.service';

@ObjectType('LesEmploisLink', {
  description: 'Le compte des emplois de l’inclusion lié à ma structure (son jeton d’API n’est jamais renvoyé).',
})
export class LesEmploisLinkType {
  @Field() linked!: boolean;
  @Field({ description: 'Un jeton peut être enregistré : LES_EMPLOIS_TOKEN_KEY est définie.' }) keyConfigured!: boolean;
  @Field({ description: 'L’adresse de l’API interrogée (LES_EMPLOIS_API_URL).' }) apiUrl!: string;
  @Field(() => String, { nullable: true, description: 'Les 4 derniers caractères du jeton.' }) tokenEnd!: string | null;
  @Field(() => Date, { nullable: true }) linkedAt!: Date | null;
  @Field(() => String, { nullable: true }) linkedByName!: string | null;
}

/** The link to les emplois de l’inclusion (the director) and the sync of its employee records (issue 15, point 9). */
@Resolver()
export class LesEmploisResolver {
  constructor(private readonly service: LesEmploisService) {}

  private async view(structureId: string): Promise<LesEmploisLinkType> {
    const link = await this.service.status(structureId);
    return Object.assign(new LesEmploisLinkType(), {
      linked: !!link,
      keyConfigured: this.service.keyConfigured,
      apiUrl: this.service.apiUrl,
      tokenEnd: link?.tokenEnd ?? null,
      linkedAt: link?.updatedAt ?? null,
      linkedByName: link?.linkedBy ? `${link.linkedBy.firstName} ${link.linkedBy.lastName}` : null,
    });
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Query(() => LesEmploisLinkType, {
    description: 'Le compte des emplois de l’inclusion lié à ma structure, s’il y en a un.',
  })
  async lesEmploisLink(@CurrentStructure() structureId: string): Promise<LesEmploisLinkType> {
    return this.view(structureId);
  }

  @Allow(Permission.LES_EMPLOIS_LINK)
  @Mutation(() => LesEmploisLinkType, {
    description:
      'Lie le compte des emplois de l’inclusion par son jeton d’API (vérifié auprès de la plateforme, puis gardé chiffré).',
  })
  async linkLesEmplois(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('token') token: string,
  ): Promise<LesEmploisLinkType> {
    await this.service.link(structureId, user.id, token);
    return this.view(structureId);
  }

  @Allow(Permission.LES_EMPLOIS_LINK)
  @Mutation(() => LesEmploisLinkType, { description: 'Oublie le jeton des emplois de l’inclusion de ma structure.' })
  async unlinkLesEmplois(@CurrentStructure() structureId: string): Promise<LesEmploisLinkType> {
    await this.service.unlink(structureId);
    return this.view(structureId);
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Mutation(() => ImportRunType, {
    description:
      'Synchronise : lit toutes les fiches salarié des emplois de l’inclusion, crée ou complète les personnes et leur PASS IAE en une transaction, et garde le journal (avec ceux des imports).',
  })
  async syncLesEmplois(@CurrentStructure() structureId: string, @CurrentUser() user: AuthUser): Promise<ImportRunType> {
    return ImportRunType.from(await this.service.sync(structureId, user.id));
  }
}
