/**
 * What an indicator's records are about, and the units of its codes: the vocabulary shared by the indicators'
 * repository (indicators.repository.ts, the SQL) and the figures built from it (no SQL here).
 */
import type { FigureUnit } from '@tremplin/domain';

/** What the records are about: one structure (or the whole network: null) and a period, inclusive. */
export interface RecordScope {
  structureId: string | null;
  start: string;
  end: string;
}

/** Extra filters of a report (the agreement, the OPCO, the landlord). */
export interface RecordSubject {
  agreementId?: string;
  opcoFunderId?: string;
  partnershipId?: string;
}

export interface CodeAggregate {
  count: number;
  sum: number;
}

export interface FamilyFigures {
  byCode: Map<string, CodeAggregate>;
  /** Months `YYYY-MM` of the period, in order (only when monthly codes were asked). */
  months: string[];
  /** Per monthly code, the aggregate of each month (same order as `months`). */
  monthly: Map<string, CodeAggregate[]>;
}

export interface IndicatorRecord {
  code: string;
  recordId: string;
  personId: string | null;
  label: string;
  date: string | null;
  value: number;
  detail: string | null;
  extra: Record<string, unknown> | null;
}

/** The unit of a code's value (and of its records' values). */
export function codeUnit(code: string): FigureUnit {
  if (code.endsWith('_rate') || code.endsWith('.rate') || code === 'budget.consumed_rate') return 'rate_bp';
  if (code.startsWith('training.') || code === 'missions.minutes') return 'minutes';
  if (code === 'opco.planned' || code === 'opco.attended' || code === 'opco.justified') return 'minutes';
  if (code === 'opco.amount' || code.startsWith('budget.')) return 'cents';
  return 'count';
}

/** Whether a code's figure is a sum of values (minutes, cents) rather than a count of records. */
export function isSumCode(code: string): boolean {
  return codeUnit(code) === 'minutes' || codeUnit(code) === 'cents';
}
