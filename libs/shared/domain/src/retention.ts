import { addDays, addMonths } from './pathway/dates';

/**
 * How long a person's support file is kept (docs/domain/retention.md).
 *
 * - CNIL référentiel for the social and medico-social sector (délibération n° 2021-028 du 11 mars 2021, § 46; it
 *   names the SIAE): support data are kept **two years from the last contact** with the person, then anonymised.
 * - FSE+ (Regulation (EU) 2021/1060, art. 63(2) and art. 82): expenditure of the 2021–2027 programme is eligible until
 *   31 December 2029, and the supporting documents are kept **five years from 31 December of the year of the last
 *   payment**. A participant's file is therefore held until 31 December of (the later of the agreement's end year
 *   and 2029) + 5 years.
 */
export const DATA_RETENTION_YEARS = 2;
/** The counsellor is told this many days before the anonymisation (once per announced date). */
export const DATA_RETENTION_NOTICE_DAYS = 30;
/** The last year the FSE+ 2021–2027 programme pays expenditure (CPR art. 63(2)). */
export const FSE_PLUS_LAST_ELIGIBLE_YEAR = 2029;
/** Years the FSE+ supporting documents are kept after 31 December of the year of the last payment (CPR art. 82). */
export const FSE_PLUS_ARCHIVE_YEARS = 5;

/** Text put in place of what identified the person or what was written about them. */
export const ANONYMISED_TEXT = 'Anonymisé';

/** The day a file whose last contact was `lastContact` is anonymised. */
export function anonymisationDate(lastContact: string): string {
  return addMonths(lastContact, 12 * DATA_RETENTION_YEARS);
}

/** The day the counsellor is told of the anonymisation of `anonymisationOn`. */
export function retentionNoticeDate(anonymisationOn: string): string {
  return addDays(anonymisationOn, -DATA_RETENTION_NOTICE_DAYS);
}

/** Until when an FSE+ participant's file is held, for an agreement ending on `agreementEnd`. */
export function fsePlusHoldUntil(agreementEnd: string): string {
  const year = Math.max(Number(agreementEnd.slice(0, 4)), FSE_PLUS_LAST_ELIGIBLE_YEAR);
  return `${year + FSE_PLUS_ARCHIVE_YEARS}-12-31`;
}

/** The day of an instant in France (the structures' day), `YYYY-MM-DD`. */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
