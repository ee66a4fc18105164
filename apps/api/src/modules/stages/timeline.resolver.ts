import { ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { TimelineEntryType } from './dto/timeline-entry.type';
import type { TimelineEntry } from './timeline.entries';
import { pathwayFieldCaller } from './timeline.access';
import { TimelineService } from './timeline.service';

/** `Person.timeline`: batched for all the persons of the request (one statement per kind of record). */
@Resolver(() => PersonType)
export class PersonTimelineResolver {
  constructor(private readonly service: TimelineService) {}

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => [TimelineEntryType], {
    description:
      'Tout le parcours de la personne, du plus récent au plus ancien. Sans le droit de lecture des données sensibles, ' +
      'les notes confidentielles sont omises, les critères sensibles et les prescripteurs sensibles masqués.',
  })
  // No parameter decorators: called as a plain graphql-js resolver, without an execution context per row (see
  // alerts.resolver.ts).
  async timeline(person: PersonType, _args: unknown, ctx: GqlContext): Promise<TimelineEntryType[]> {
    const { structureId, sensitive } = pathwayFieldCaller(ctx);
    const loader = requestLoader<string, TimelineEntry[]>(ctx, 'timelineByPerson', (ids) =>
      this.service.timelineByPersons(structureId, ids, { sensitive }),
    );
    return (await loader.load(person.id)).map(TimelineEntryType.from);
  }
}
