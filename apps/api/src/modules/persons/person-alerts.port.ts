import type { Alert, PathwayStage } from '@tremplin/domain';
import type { GqlContext } from '../../core/auth/auth.types';
import type { PersonType } from './dto/person.type';

/**
 * A port (ADR 0012): the caseload filter by alert needs the persons' alerts, which the stages module computes from
 * facts across the modules above persons. Persons sit below stages, so persons declare what they need here (an
 * abstract class, Nest's injection token) and the stages module provides it (`StagesModule`, global for this
 * provider) — persons never import stages.
 */
export abstract class PersonAlerts {
  /** The alerts of many persons of the caller's structure on `today`, one list per person in the same order. */
  abstract alertsByPersons(
    structureId: string,
    persons: readonly { id: string; stage: PathwayStage }[],
    today: string,
  ): Promise<Alert[][]>;

  /**
   * Computes the alerts and next deadline of a caseload page's persons at once (one statement), so that each row's
   * `alerts` / `nextDeadline` fields answer without a loader; does nothing when the caller may not read them.
   */
  abstract primePageAlerts(ctx: GqlContext, persons: readonly PersonType[]): Promise<void>;
}
