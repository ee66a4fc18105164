import type { DataSource, EntityManager } from 'typeorm';
import type { Alert, PathwayStage } from '@tremplin/domain';

/**
 * A port (ADR 0012): the caseload filter by alert needs the persons' alerts, which the stages module computes from
 * facts across the modules above persons. Persons sit below stages, so persons declare what they need here and the
 * stages module plugs its reader in when Nest builds it (`StagesModule`'s constructor) — persons never import stages.
 */
export type PersonAlertsReader = (
  db: DataSource | EntityManager,
  structureId: string,
  persons: readonly { id: string; stage: PathwayStage }[],
  today: string,
) => Promise<Alert[][]>;

let reader: PersonAlertsReader | null = null;

/** Plugs the alerts reader in (the stages module does, once per process; the same reader for every app). */
export function providePersonAlerts(r: PersonAlertsReader): void {
  reader = r;
}

/** The alerts of many persons of the caller's structure on `today`, one list per person in the same order. */
export function alertsByPersons(...args: Parameters<PersonAlertsReader>): Promise<Alert[][]> {
  if (!reader) throw new Error('Les alertes ne sont pas branchées : le module des étapes (StagesModule) manque.');
  return reader(...args);
}
