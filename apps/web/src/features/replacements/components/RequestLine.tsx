import { useFragment } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatInstantFr } from '@tremplin/domain';
import { Link } from 'react-router';
import { ReplacementRequestFieldsFragmentDoc } from '../graphql/replacements.generated';
import type { ReplacementRequestFieldsFragment } from '../../../gql/graphql';
import { CLEARANCES, slotLabel } from './replacement-format';

/** What a request requires: its blocks at the minimum level, its clearances; null when it requires nothing. */
export function requirementsLabel(r: {
  requiredBlocks: readonly { code: string; title: string }[];
  minLevelLabel: string;
  requiredClearances: readonly string[];
}): string | null {
  const parts = [
    ...r.requiredBlocks.map((b) => `${b.code} « ${b.title} » (au moins ${r.minLevelLabel})`),
    ...r.requiredClearances.map((c) => CLEARANCES.find((x) => x.code === c)?.label ?? c),
  ];
  return parts.length ? `Exige : ${parts.join(' · ')}` : null;
}

/**
 * One request in a list: job, slot, what it requires, answer-by time, status; a link to its page when `to` is given.
 */
export function RequestLine({
  request,
  to,
}: {
  request: { __typename?: 'ReplacementRequest'; id: string };
  to?: string;
}) {
  const { data, complete } = useFragment({ fragment: ReplacementRequestFieldsFragmentDoc, from: request });
  if (!complete) return null;
  return <RequestSummary request={data} to={to} />;
}

function RequestSummary({ request: r, to }: { request: ReplacementRequestFieldsFragment; to?: string }) {
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Remplacement ${r.jobLabel}`}>
      <Stack gap={4}>
        <Group justify="space-between">
          {to ? (
            <Anchor component={Link} to={to} fw={600}>
              {r.jobLabel}
            </Anchor>
          ) : (
            <Text fw={600}>{r.jobLabel}</Text>
          )}
          <Badge
            variant="outline"
            radius="sm"
            tt="none"
            fw={600}
            color={r.status === 'FILLED' ? 'teal.9' : r.status === 'ESCALATED' ? 'red.9' : 'blue.9'}
          >
            {r.statusLabel}
          </Badge>
        </Group>
        <Text size="sm">{slotLabel(r)}</Text>
        {requirementsLabel(r) ? <Text size="sm">{requirementsLabel(r)}</Text> : null}
        <Text size="sm" c="dimmed">
          Réponse attendue avant le {formatInstantFr(r.answerBy)}
        </Text>
      </Stack>
    </Paper>
  );
}
