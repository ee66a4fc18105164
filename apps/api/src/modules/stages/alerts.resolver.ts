import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { type Alert, Permission, todayInParis } from '@tremplin/domain';
import { Allow } from '../../core/auth/auth.decorators';
import type { GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { PersonType } from '../persons';
import { PersonAlertType } from './dto/alert.type';
import { alertsFromFacts, nextDeadlineOf, type PersonAlertFacts } from './alerts.facts';
import { AlertsService } from './alerts.service';
import { pathwayFieldCaller } from './timeline.access';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** Alerts being computed through the request's loader, per person object of the response. */
const computed = new WeakMap<PersonType, Promise<Alert[]>>();
/** Alerts already computed for a whole page (`primePageAlerts`), per person object of the response. */
const ready = new WeakMap<PersonType, { alerts: PersonAlertType[]; nextDeadline: string | null }>();

/**
 * Computes the alerts of a page's persons at once (one statement, as the loader would send) so that `alerts` and
 * `nextDeadline` answer each row synchronously: a row whose fields all answer synchronously is completed by graphql-js
 * without a promise per row and per field (docs/benchmarks.md). Called by list resolvers whose selection asks for
 * alerts; a caller without PATHWAY_READ is left to the fields (which refuse).
 */
export async function primePageAlerts(
  service: AlertsService,
  ctx: GqlContext,
  persons: readonly PersonType[],
): Promise<void> {
  if (persons.length === 0) return;
  let structureId: string;
  try {
    ({ structureId } = pathwayFieldCaller(ctx));
  } catch {
    return;
  }
  const today = todayInParis();
  let facts: PersonAlertFacts[];
  try {
    facts = await service.factsByPersons(
      structureId,
      persons.map((p) => p.id),
      today,
    );
  } catch {
    return; // the fields then ask through the loader, and report the error each
  }
  persons.forEach((person, i) => {
    const alerts = alertsFromFacts(facts[i], person.stage, today);
    ready.set(person, { alerts: alerts.map(PersonAlertType.from), nextDeadline: nextDeadlineOf(alerts) });
  });
}

/**
 * `Person.alerts` and `Person.nextDeadline`: computed from facts gathered once for all the persons of the request.
 * Resolved for every row of a caseload page, they take no parameter decorators: @nestjs/graphql then hands them to
 * graphql-js as they are — `(parent, args, context)` — instead of wrapping each call in its execution context (the
 * wrapping cost ~50 µs per call, a third of a page's CPU; docs/benchmarks.md). Access is checked inside, as before.
 * When the page computed them already (`primePageAlerts`), they answer synchronously.
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
  alerts(person: PersonType, _args: unknown, ctx: GqlContext): PersonAlertType[] | Promise<PersonAlertType[]> {
    const page = ready.get(person);
    if (page) {
      pathwayFieldCaller(ctx);
      return page.alerts;
    }
    return this.alertsOf(person, ctx).then((alerts) => alerts.map(PersonAlertType.from));
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => String, {
    nullable: true,
    description: 'La plus proche échéance parmi les alertes, AAAA-MM-JJ ; vide quand aucune alerte n’a d’échéance.',
  })
  nextDeadline(person: PersonType, _args: unknown, ctx: GqlContext): string | null | Promise<string | null> {
    const page = ready.get(person);
    if (page) {
      pathwayFieldCaller(ctx);
      return page.nextDeadline;
    }
    return this.alertsOf(person, ctx).then(nextDeadlineOf);
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
