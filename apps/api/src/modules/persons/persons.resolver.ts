import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, REFERENT_ROLES } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { StructureType } from '../structures';
import { CounsellorSummaryType } from '../users';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PersonConnection, PersonType } from './dto/person.type';
import { PersonsArgs } from './dto/persons.args';
import { PersonsService } from './persons.service';

@Resolver(() => PersonType)
export class PersonsResolver {
  constructor(private readonly service: PersonsService) {}

  @Allow(Permission.PERSON_READ)
  @Query(() => PersonType, { description: 'Une personne de ma structure.' })
  async person(
    @CurrentStructure() structureId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.get(structureId, id));
  }

  @Allow(Permission.PERSON_READ)
  @Query(() => PersonConnection, { description: 'Le portefeuille : personnes de ma structure, triées par nom.' })
  async persons(
    @CurrentStructure() structureId: string,
    @Args() args: PersonsArgs,
    @Context() ctx: GqlContext,
  ): Promise<PersonConnection> {
    const page = await this.service.list(structureId, args);
    // Referents read with the page: `Person.counsellor` finds them in the request's loader without a statement.
    for (const row of page.rows) if (row.counsellor) ctx.loaders.userById.prime(row.counsellor.id, row.counsellor);
    return {
      totalCount: page.totalCount,
      edges: page.rows.map((row, i) => ({ cursor: page.cursors[i], node: PersonType.from(row) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      },
    };
  }

  @Allow(Permission.PERSON_WRITE)
  @Mutation(() => PersonType)
  async createPerson(
    @CurrentStructure() structureId: string,
    @Args('input') input: CreatePersonInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.create(structureId, input));
  }

  @Allow(Permission.PERSON_WRITE)
  @Mutation(() => PersonType)
  async updatePerson(
    @CurrentStructure() structureId: string,
    @Args('input') input: UpdatePersonInput,
  ): Promise<PersonType> {
    return PersonType.from(await this.service.update(structureId, input));
  }

  // Relation fields resolved for every row of a page: no parameter decorators, so that @nestjs/graphql calls them as
  // plain graphql-js resolvers `(parent, args, context)` without an execution context per row (see alerts.resolver.ts).
  @ResolveField(() => CounsellorSummaryType, { nullable: true })
  async counsellor(person: PersonType, _args: unknown, ctx: GqlContext): Promise<CounsellorSummaryType | null> {
    if (!person.counsellorId) return null;
    const user = await ctx.loaders.userById.load(person.counsellorId);
    // A referent always belongs to the person's structure; anything else is not shown.
    return user && user.structureId === person.structureId && REFERENT_ROLES.includes(user.role)
      ? CounsellorSummaryType.from(user)
      : null;
  }

  @ResolveField(() => StructureType)
  async structure(person: PersonType, _args: unknown, ctx: GqlContext): Promise<StructureType> {
    const s = await ctx.loaders.structureById.load(person.structureId);
    if (!s) throw new Error(`Structure ${person.structureId} introuvable`);
    return StructureType.from(s);
  }
}
