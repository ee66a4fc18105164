import {
  addMonths,
  FUNDER_KIND_LABELS,
  type FunderKind,
  formatIsoDateFr,
  REPORT_KIND_LABELS,
  ReportKind,
} from '@tremplin/domain';
import type { ReportSubjectsQuery } from '../../gql/graphql';

export type SubjectAgreement = ReportSubjectsQuery['reportSubjects']['agreements'][number];
export type SubjectPartnership = ReportSubjectsQuery['reportSubjects']['partnerships'][number];

/** What the form's select holds: an agreement or a partnership, with the report it gets. */
export type ReportSubject =
  | { type: 'agreement'; value: string; kind: ReportKind | null; agreement: SubjectAgreement }
  | { type: 'partnership'; value: string; kind: ReportKind; partnership: SubjectPartnership };

/** The longest period a report covers (the API refuses more). */
export const MAX_PERIOD_MONTHS = 36;
export const PARTNERSHIPS_GROUP = 'Partenariats bailleurs';

export const agreementValue = (id: string) => `convention:${id}`;
export const partnershipValue = (id: string) => `partenariat:${id}`;

export function reportKindLabel(kind: string | null | undefined): string {
  return kind && kind in REPORT_KIND_LABELS ? REPORT_KIND_LABELS[kind as ReportKind] : '';
}

/** Every subject of the structure, agreements first, each with its value in the select. */
export function reportSubjects(data: ReportSubjectsQuery['reportSubjects'] | undefined): ReportSubject[] {
  if (!data) return [];
  return [
    ...data.agreements.map((agreement): ReportSubject => ({
      type: 'agreement',
      value: agreementValue(agreement.id),
      kind: (agreement.reportKind as ReportKind | null) ?? null,
      agreement,
    })),
    ...data.partnerships.map((partnership): ReportSubject => ({
      type: 'partnership',
      value: partnershipValue(partnership.id),
      kind: ReportKind.PARTNERSHIP,
      partnership,
    })),
  ];
}

/** Why an agreement gets no report: its funder's kind has none. */
export function noReportReason(agreement: SubjectAgreement): string {
  const kind = FUNDER_KIND_LABELS[agreement.funderKind as FunderKind] ?? agreement.funderKind;
  return `pas de rapport prévu pour ce type de financeur (${kind})`;
}

/** How an agreement reads in the select: « FSE-2026-0421 — Parcours qualifiants… ». */
export function agreementOptionLabel(agreement: SubjectAgreement): string {
  const base = `${agreement.reference} — ${agreement.title}`;
  return agreement.reportKind ? base : `${base} (${noReportReason(agreement)})`;
}

interface SelectItem {
  value: string;
  label: string;
  disabled?: boolean;
}
interface SelectGroup {
  group: string;
  items: SelectItem[];
}

/**
 * The select's options grouped by funder (funders in alphabetical order, their agreements by reference), then the
 * partnerships; an agreement whose funder expects no report is listed, disabled, with the reason.
 */
export function subjectOptions(subjects: ReportSubject[]): (SelectItem | SelectGroup)[] {
  const byFunder = new Map<string, SelectItem[]>();
  const agreements = subjects
    .filter((s): s is Extract<ReportSubject, { type: 'agreement' }> => s.type === 'agreement')
    .sort(
      (a, b) =>
        a.agreement.funderName.localeCompare(b.agreement.funderName, 'fr') ||
        a.agreement.reference.localeCompare(b.agreement.reference, 'fr'),
    );
  for (const s of agreements) {
    const items = byFunder.get(s.agreement.funderName) ?? [];
    items.push({ value: s.value, label: agreementOptionLabel(s.agreement), disabled: !s.kind });
    byFunder.set(s.agreement.funderName, items);
  }
  const partnerships = subjects
    .filter((s): s is Extract<ReportSubject, { type: 'partnership' }> => s.type === 'partnership')
    .sort((a, b) => a.partnership.partnerName.localeCompare(b.partnership.partnerName, 'fr'))
    .map((s) => ({ value: s.value, label: s.partnership.partnerName }));
  return [
    { value: '', label: 'Choisissez une convention ou un partenariat' },
    ...[...byFunder.entries()].map(([group, items]) => ({ group, items })),
    ...(partnerships.length ? [{ group: PARTNERSHIPS_GROUP, items: partnerships }] : []),
  ];
}

/**
 * The period a report gets by default: the agreement's, ending today at the latest (a running agreement is reported
 * on up to today); for a partnership, this year up to today.
 */
export function defaultPeriod(subject: ReportSubject, today: string): { start: string; end: string } {
  if (subject.type === 'partnership') return { start: `${today.slice(0, 4)}-01-01`, end: today };
  const { startDate, endDate } = subject.agreement;
  if (startDate > today) return { start: startDate, end: endDate };
  return { start: startDate, end: endDate < today ? endDate : today };
}

/** « du 01/01/2026 au 30/06/2026 ». */
export function periodLabel(start: string, end: string): string {
  return `du ${formatIsoDateFr(start)} au ${formatIsoDateFr(end)}`;
}

/** Whether the period is longer than a report may cover (as the API counts: the end before start + 3 years). */
export function periodTooLong(start: string, end: string): boolean {
  return end >= addMonths(start, MAX_PERIOD_MONTHS);
}
