import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { type Alert, Permission, todayInParis } from '@tremplin/domain';
import { Allow } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons/dto/person.type';
import { PersonAlertType } from './dto/alert.type';
import { alertsFromFacts, nextDeadlineOf, type PersonAlertFacts } from './alerts.facts';
import { AlertsService } from './alerts.service';
import { pathwayFieldCaller } from './timeline.access';
import { CLOCK, type Clock } from '../../core/clock/clock';

const computed = new WeakMap<PersonType, Promise<Alert[]>>();

/**
 * `Person.alerts` and `Person.nextDeadline`: computed from facts gathered once for all the persons of the request.
 * Resolved for every row of a caseload page, they take no parameter decorators: @nestjs/graphql then hands them to
 * graphql-js as they are — `(parent, args, context)` — instead of wrapping each call in its execution context (the
 * wrapping cost ~50 µs per call, a third of a page's CPU; docs/benchmarks.md). Access is checked inside, as before.
 */
@Resolver(() => PersonType)
export class PersonAlertsResolver {
  constructor(
    private readonly service: AlertsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => [PersonAlertType], {
    description: 'Alertes du dossier aujourd’hui (calendrier de Paris), les plus urgentes d’abord.',
  })
  async alerts(person: PersonType, _args: unknown, ctx: GqlContext): Promise<PersonAlertType[]> {
    return (await this.alertsOf(person, ctx)).map(PersonAlertType.from);
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => String, {
    nullable: true,
    description: 'La plus proche échéance parmi les alertes, AAAA-MM-JJ ; vide quand aucune alerte n’a d’échéance.',
  })
  async nextDeadline(person: PersonType, _args: unknown, ctx: GqlContext): Promise<string | null> {
    return nextDeadlineOf(await this.alertsOf(person, ctx));
  }

  /** Computed once per person object of the response, whichever of `alerts` and `nextDeadline` asks first. */
  private alertsOf(person: PersonType, ctx: GqlContext): Promise<Alert[]> {
    let alerts = computed.get(person);
    if (!alerts) {
      const { structureId } = pathwayFieldCaller(ctx);
      const today = todayInParis(this.clock.now());
      const loader = requestLoader<string, PersonAlertFacts>(ctx, 'alertFactsByPerson', (ids) =>
        this.service.factsByPersons(structureId, ids, today),
      );
      alerts = loader.load(person.id).then((facts) => alertsFromFacts(facts, person.stage, today));
      computed.set(person, alerts);
    }
    return alerts;
  }
}
