import { Badge } from '@mantine/core';
import { MissionHoursStatus, OPEN_PROPOSAL_STATUSES, ProposalStatus } from '@tremplin/domain';

/** Outline badges in the .9 shade: the text keeps 4.5:1 on white and on striped rows. */
const PROPOSAL_STATUS_COLORS: Record<string, string> = {
  [ProposalStatus.PROPOSED]: 'blue.9',
  [ProposalStatus.INTERVIEW_REQUESTED]: 'grape.9',
  [ProposalStatus.VALIDATED]: 'teal.9',
  [ProposalStatus.DECLINED]: 'red.9',
  [ProposalStatus.WITHDRAWN]: 'gray.8',
  [ProposalStatus.HIRED]: 'teal.9',
};

/** Long labels wrap instead of being cut with an ellipsis (narrow table cells, tablets). */
export const wrapping = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2, maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;

const HOURS_STATUS_COLORS: Record<string, string> = {
  [MissionHoursStatus.PENDING]: 'warning.9',
  [MissionHoursStatus.CONFIRMED]: 'teal.9',
  [MissionHoursStatus.DISPUTED]: 'red.9',
};

/** Where a proposal stands, with the API's label; filled while it awaits the employer's decision, so that it stands out. */
export function ProposalStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge
      variant={OPEN_PROPOSAL_STATUSES.includes(status as ProposalStatus) ? 'filled' : 'outline'}
      color={PROPOSAL_STATUS_COLORS[status] ?? 'gray.9'}
      radius="sm"
      tt="none"
      fw={600}
      styles={wrapping}
    >
      {label}
    </Badge>
  );
}

/** The employer's review of a mission's hours (to confirm, confirmed and locked, disputed), with the API's label. */
export function MissionHoursBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge
      variant="outline"
      color={HOURS_STATUS_COLORS[status] ?? 'gray.9'}
      radius="sm"
      tt="none"
      fw={600}
      styles={wrapping}
    >
      {label}
    </Badge>
  );
}
