import { useFragment } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { formatMinutes } from '@tremplin/domain';
import type { FragmentType } from '@apollo/client';
import type { PortalMissionMonthsFragment } from '../../../gql/graphql';
import { PortalMissionMonthsFragmentDoc } from '../graphql/mission-months.generated';

const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` → `mars 2026`. */
export const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/**
 * Under a mission line of the hours to confirm: its hours month by month, as the structure's supervisor entered them
 * day by day (docs/domain/mission-days.md). Nothing for a mission entered as one total.
 */
export function MissionMonths({ mission }: { mission: FragmentType<PortalMissionMonthsFragment> }) {
  const { data, complete } = useFragment({ fragment: PortalMissionMonthsFragmentDoc, from: mission });
  if (!complete || !data.months.length) return null;
  return (
    <Text size="xs" c="dimmed" fw={400} component="span" display="block">
      {data.months.map((m) => `${monthLabel(m.month)} : ${formatMinutes(m.minutes)}`).join(' · ')}
    </Text>
  );
}
