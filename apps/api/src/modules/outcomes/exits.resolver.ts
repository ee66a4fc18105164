import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { canSeeSensitive } from '../../core/access/person-access';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { RecordExitInput } from './dto/exit.input';
import { ExitPresenceType, ExitPreviewArgs, ExitPreviewType } from './dto/exit-presence.type';
import { PathwayExitType } from './dto/pathway-exit.type';
import type { PresenceFactsRow } from '../exit-presence';
import { exitWarnings, ExitsService } from './exits.service';
import { pathwayReader } from './outcomes.common';

@Resolver(() => PathwayExitType)
export class ExitsResolver {
  constructor(private readonly service: ExitsService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => PathwayExitType, {
    description: 'Enregistre la sortie du parcours ; la personne passe à l’étape « Sortie » (historique des étapes).',
  })
  async recordExit(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordExitInput,
  ): Promise<PathwayExitType> {
    return PathwayExitType.from(await this.service.record(structureId, user.id, input), canSeeSensitive(user));
  }

  @ResolveField(() => ExitPresenceType, {
    description:
      'Ce qui a été compté pour la règle de présence : annexe financière, début du contrat, missions et présences en ' +
      'formation avec leurs heures. Calculé sur les données actuelles ; `counts` et `minutesWorked` de la sortie sont ' +
      'tenus égaux.',
  })
  async presence(@Parent() exit: PathwayExitType, @Context() ctx: GqlContext): Promise<ExitPresenceType> {
    return ExitPresenceType.from(await this.facts(exit, ctx));
  }

  @ResolveField(() => [String], {
    description:
      'À vérifier : un contrat de travail avec la structure qui court encore à la date de sortie (la sortie se date ' +
      'en principe à la fin du contrat).',
  })
  async warnings(@Parent() exit: PathwayExitType, @Context() ctx: GqlContext): Promise<string[]> {
    return exitWarnings(await this.facts(exit, ctx));
  }

  /** The facts of the exits of a page, in one statement (presence and warnings share the loader). */
  private async facts(exit: PathwayExitType, ctx: GqlContext): Promise<PresenceFactsRow> {
    const { structureId } = pathwayReader(ctx);
    const facts = await requestLoader(ctx, 'outcomes.exitFactsByPerson', (ids: readonly string[]) =>
      this.service.factsByPersons(structureId, ids),
    ).load(exit.personId);
    if (!facts) throw new Error(`Sortie ${exit.id} introuvable pour la personne ${exit.personId}`);
    return facts;
  }
}

/** The exit of `Person`. */
@Resolver(() => PersonType)
export class ExitsPersonResolver {
  constructor(private readonly service: ExitsService) {}

  @ResolveField(() => PathwayExitType, { nullable: true, description: 'La sortie du parcours, une fois enregistrée.' })
  async exit(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<PathwayExitType | null> {
    const { structureId, sensitive } = pathwayReader(ctx);
    const row = await requestLoader(ctx, 'outcomes.exitByPerson', (ids: readonly string[]) =>
      this.service.exitsByPersons(structureId, ids),
    ).load(person.id);
    return row && PathwayExitType.from(row, sensitive);
  }

  @ResolveField(() => ExitPreviewType, {
    description:
      'Ce que donnerait une sortie à cette date, sans rien enregistrer : la règle de présence sur les heures actuelles ' +
      '(avec leur détail), les refus et les avertissements de l’enregistrement.',
  })
  async exitPreview(
    @Parent() person: PersonType,
    @Args() args: ExitPreviewArgs,
    @Context() ctx: GqlContext,
  ): Promise<ExitPreviewType> {
    const { structureId } = pathwayReader(ctx);
    return ExitPreviewType.from(await this.service.preview(structureId, person.id, args.exitDate, args.reason ?? null));
  }
}
