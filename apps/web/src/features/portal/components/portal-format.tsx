import { formatIsoDateFr, OPEN_PROPOSAL_STATUSES, type ProposalStatus as ProposalStatusCode } from '@tremplin/domain';

export { formatInstantDayFr, formatInstantFr } from '../../proposals/format';
export { MissionHoursBadge as HoursStatusBadge, ProposalStatusBadge } from '../../proposals/components/badges';

/** « du 02/03/2026 au 06/03/2026 », or « le 02/03/2026 » for a one-day mission. */
export function dayRangeFr(startDate: string, endDate: string): string {
  return startDate === endDate
    ? `le ${formatIsoDateFr(startDate)}`
    : `du ${formatIsoDateFr(startDate)} au ${formatIsoDateFr(endDate)}`;
}

/** The year of today in Paris. */
export function currentYear(today: string): number {
  return Number(today.slice(0, 4));
}

/** Whether the reviewer still has to decide on a proposal in this status. */
export function awaitsDecision(status: string): boolean {
  return OPEN_PROPOSAL_STATUSES.includes(status as ProposalStatusCode);
}
