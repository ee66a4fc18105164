import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission, REFERENT_ROLES, todayInParis } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { PersonAlerts } from './person-alerts.port';
import { StructureType } from '../structures';
import { CounsellorSummaryType } from '../users';
import type { UserEntity } from '../users';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PersonConnection, PersonType } from './dto/person.type';
import { PersonsArgs } from './dto/persons.args';
import { PersonsService } from './persons.service';
import { selectsUnderEdgesNode } from './selection';

/** The referent read with a caseload page, per person object of the response (`null`: none found). */
const pageCounsellor = new WeakMap<PersonType, UserEntity | null>();

/** A referent always belongs to the person's structure; anything else is not shown. */
function referentOf(person: PersonType, user: UserEntity | null): CounsellorSummaryType | null {
  return user && user.structureId === person.structureId && REFERENT_ROLES.includes(user.role)
    ? CounsellorSummaryType.from(user)
    : null;
}

@Resolver(() => PersonType)
export class PersonsResolver {
  constructor(
    private readonly service: PersonsService,
    private readonly alerts: PersonAlerts,
  ) {}

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
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonConnection> {
    const page = await this.service.list(structureId, args);
    // Referents read with the page: `Person.counsellor` answers from the row (and the request's loader knows them).
    for (const row of page.rows) if (row.counsellor) ctx.loaders.userById.prime(row.counsellor.id, row.counsellor);
    const today = todayInParis();
    const nodes = page.rows.map((row) => {
      const node = PersonType.from(row, today);
      if (row.counsellor !== undefined) pageCounsellor.set(node, row.counsellor);
      return node;
    });
    // The page's alerts in one go (the one statement the field's loader would send), so that each row answers
    // synchronously.
    if (selectsUnderEdgesNode(info, ['alerts', 'nextDeadline'])) await this.alerts.primePageAlerts(ctx, nodes);
    return {
      totalCount: page.totalCount,
      edges: nodes.map((node, i) => ({ cursor: page.cursors[i], node })),
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
  counsellor(
    person: PersonType,
    _args: unknown,
    ctx: GqlContext,
  ): CounsellorSummaryType | null | Promise<CounsellorSummaryType | null> {
    if (!person.counsellorId) return null;
    // Read with the page: answered synchronously (no promise per row).
    const user = pageCounsellor.get(person);
    if (user !== undefined) return referentOf(person, user);
    return ctx.loaders.userById.load(person.counsellorId).then((u) => referentOf(person, u));
  }

  @ResolveField(() => StructureType)
  async structure(person: PersonType, _args: unknown, ctx: GqlContext): Promise<StructureType> {
    const s = await ctx.loaders.structureById.load(person.structureId);
    if (!s) throw new Error(`Structure ${person.structureId} introuvable`);
    return StructureType.from(s);
  }
}
