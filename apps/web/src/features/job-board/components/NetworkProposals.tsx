import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { QueryError } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { PersonBoardProposalsDocument, WithdrawBoardProposalDocument } from '../graphql/job-board.generated';

/**
 * « Propositions aux offres du réseau » in the person's file: where the person was proposed through the network, and
 * « Retirer » (the consent withdrawn, or the counsellor's choice): the other structure no longer sees the card.
 * Nothing when there is none.
 */
export function NetworkProposals({ personId }: { personId: string }) {
  const { data, error } = useQuery(PersonBoardProposalsDocument, { variables: { personId } });
  const [withdraw] = useMutation(WithdrawBoardProposalDocument, { refetchQueries: [PersonBoardProposalsDocument] });
  const [actionError, setActionError] = useState<string | null>(null);
  if (error)
    return (
      <QueryError title="Les propositions au réseau ne peuvent pas être affichées" message={problemOf(error).message} />
    );
  if (!data?.boardProposals.length) return null;
  return (
    <Stack gap="sm" component="section" aria-label="Propositions aux offres du réseau">
      <Title order={2} size="h4">
        Propositions aux offres du réseau
      </Title>
      <QueryError title="Le retrait n’est pas enregistré" message={actionError} />
      {data.boardProposals.map((p) => (
        <Paper key={p.id} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                « {p.jobTitle} », offre de {p.ownerStructureName}
              </Text>
              <Text size="xs" c="dimmed">
                Proposée le {formatIsoDateFr(p.proposedAt.slice(0, 10))}
              </Text>
            </Stack>
            {p.status === 'PROPOSED' ? (
              <Button
                variant="outline"
                size="xs"
                aria-label={`Retirer la proposition à l’offre ${p.jobTitle}`}
                onClick={async () => {
                  setActionError(null);
                  try {
                    await withdraw({ variables: { input: { boardProposalId: p.id, version: p.version } } });
                  } catch (e) {
                    setActionError(problemOf(e).message);
                  }
                }}
              >
                Retirer
              </Button>
            ) : (
              <Badge variant="outline" color="gray.8" tt="none">
                Retirée
              </Badge>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
