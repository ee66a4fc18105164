import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { TrainingGroupQuery } from '../../../gql/graphql';
import { PersonSearch, personName } from '../../persons/components/PersonSearch';
import { UpdateTrainingGroupDocument } from '../graphql/groups.generated';

type TrainingGroup = NonNullable<TrainingGroupQuery['trainingGroup']>;

/** The members of a group: added by name, removed one by one; each change is saved at once (with the group's version). */
export function GroupMembers({ group, canWrite }: { group: TrainingGroup; canWrite: boolean }) {
  const [update, { loading }] = useMutation(UpdateTrainingGroupDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const onGroup = useMemo(() => new Map(group.members.map((m) => [m.id, 'déjà dans le groupe'])), [group.members]);

  const change = async (patch: { addMemberIds?: string[]; removeMemberIds?: string[] }) => {
    setProblem(null);
    try {
      await update({ variables: { input: { id: group.id, version: group.version, ...patch } } });
    } catch (err) {
      setProblem(problemOf(err).message);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="group-members-title">
      <Title order={2} size="h4" id="group-members-title" mb="sm">
        Membres ({group.members.length})
      </Title>
      <Stack gap="sm">
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        {group.members.length ? (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.members.map((m) => (
              <Group component="li" key={m.id} justify="space-between" maw={480}>
                <Text size="sm">{personName(m)}</Text>
                {canWrite ? (
                  <Button
                    variant="subtle"
                    color="red"
                    style={{ color: 'var(--mantine-color-red-9)' }}
                    size="compact-sm"
                    disabled={loading}
                    onClick={() => void change({ removeMemberIds: [m.id] })}
                    aria-label={`Retirer ${personName(m)} du groupe`}
                  >
                    Retirer
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Aucun membre.
          </Text>
        )}
        {canWrite ? (
          <PersonSearch
            label="Ajouter un membre"
            action="Ajouter"
            actionAriaLabel={(n) => `Ajouter ${n} au groupe`}
            unavailable={onGroup}
            onPick={(p) => void change({ addMemberIds: [p.id] })}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
