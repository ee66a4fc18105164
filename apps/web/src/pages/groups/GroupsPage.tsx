import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { countLabel, formatIsoDateFr, Permission, todayInParis } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { GroupCreateForm } from '../../features/attendance/components/GroupCreateForm';
import { GroupNextSessionsDocument, TrainingGroupsDocument } from '../../features/attendance/graphql/groups.generated';
import { addDays } from '../../features/attendance/week-dates';

/** « Groupes »: my training groups (a supervisor sees the groups assigned to them), their next session, a new one. */
export function GroupsPage() {
  const user = useCurrentUser();
  const canWrite = can(user, Permission.PATHWAY_WRITE);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const today = todayInParis();
  const groups = useQuery(TrainingGroupsDocument);
  const next = useQuery(GroupNextSessionsDocument, { variables: { from: today, to: addDays(today, 90) } });

  useEffect(() => {
    document.title = 'Groupes · Tremplin';
  }, []);

  const nextOf = new Map<string, { sessionDate: string; title: string }>();
  for (const s of next.data?.collectiveSessions ?? []) {
    const id = s.group?.id;
    const known = id ? nextOf.get(id) : undefined;
    if (id && (!known || s.sessionDate < known.sessionDate)) nextOf.set(id, s);
  }
  const list = groups.data?.trainingGroups;

  return (
    <>
      <PageHeader
        title="Groupes"
        subtitle={list ? countLabel(list.length, 'groupe') : 'Chargement…'}
        actions={canWrite && !creating ? <Button onClick={() => setCreating(true)}>Nouveau groupe</Button> : null}
      />
      <Stack gap="md">
        {creating ? (
          <GroupCreateForm onCancel={() => setCreating(false)} onCreated={(id) => void navigate(`/groupes/${id}`)} />
        ) : null}
        {groups.error ? (
          <Alert color="red" role="alert" title="Les groupes n’ont pas pu être chargés">
            {problemOf(groups.error).message}
          </Alert>
        ) : null}
        {list && !list.length ? (
          <EmptyState title="Aucun groupe pour l’instant.">
            Un groupe réunit les personnes d’une même promotion : sa grille de la semaine saisit toutes leurs présences
            d’un coup.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing="xs" fz="sm">
              <caption>
                <VisuallyHidden>Mes groupes de formation</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Groupe</Table.Th>
                  <Table.Th scope="col">Membres</Table.Th>
                  <Table.Th scope="col">Prochaine session</Table.Th>
                  <Table.Th scope="col">Présences</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list
                  ? list.map((g) => {
                      const s = nextOf.get(g.id);
                      return (
                        <Table.Tr key={g.id}>
                          <Table.Td>
                            <Anchor component={Link} to={`/groupes/${g.id}`} fw={600}>
                              {g.name}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              depuis le {formatIsoDateFr(g.startsOn)}
                            </Text>
                          </Table.Td>
                          <Table.Td>{countLabel(g.memberCount, 'personne')}</Table.Td>
                          <Table.Td>{s ? `${formatIsoDateFr(s.sessionDate)} · ${s.title}` : '—'}</Table.Td>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/groupes/${g.id}/semaine`}
                              aria-label={`Grille de la semaine du groupe ${g.name}`}
                            >
                              Grille de la semaine
                            </Anchor>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })
                  : [0, 1, 2].map((i) => (
                      <Table.Tr key={i}>
                        <Table.Td colSpan={4}>
                          <Skeleton height={18} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
