import { useFragment } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatInstantFr } from '@tremplin/domain';
import { Link } from 'react-router';
import { ReplacementRequestFieldsFragmentDoc } from '../graphql/replacements.generated';
import type { ReplacementRequestFieldsFragment } from '../../../gql/graphql';
import { slotLabel } from './replacement-format';

/** One request in a list: job, slot, answer-by time, status; a link to its page when `to` is given. */
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
        <Text size="sm" c="dimmed">
          Réponse attendue avant le {formatInstantFr(r.answerBy)}
        </Text>
      </Stack>
    </Paper>
  );
}
