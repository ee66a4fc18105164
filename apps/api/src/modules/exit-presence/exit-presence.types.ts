/** Exits to recompute: a person's exit, or every exit of the structure (`personId: null`). */
export interface ExitScope {
  structureId: string;
  personId: string | null;
}

/**
 * A mission, a training attendance, or a month's hours brought by the caseload import (`worked_month`, a month
 * counting on its first day as the ASP dates its monthly statement: docs/domain/caseload-import.md), counted in the
 * hours worked.
 */
export interface CountedHours {
  source: 'MISSION' | 'TRAINING' | 'WORKED_MONTH';
  id: string;
  startDate: string;
  endDate: string;
  minutes: number;
  /** `MissionKind` for a mission, `SessionKind` for a session. */
  kind: string;
  /** The host's name, or the session's title. */
  label: string;
  /** The mission's site, or the training body. */
  place: string | null;
}
