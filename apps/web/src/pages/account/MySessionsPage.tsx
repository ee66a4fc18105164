import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { countLabel, formatInstantFr } from '@tremplin/domain';
import { PageHeader, SuccessNotice, TableScroll } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import {
  EndOtherSessionsDocument,
  EndSessionDocument,
  MySessionsDocument,
} from '../../features/account/graphql/account.generated';

/** « Mes sessions »: where my account is signed in, and ending one or all the others at once. */
export function MySessionsPage() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'network-only' });
  const [endSession, { loading: ending }] = useMutation(EndSessionDocument);
  const [endOthers, { loading: endingOthers }] = useMutation(EndOtherSessionsDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Mes sessions · Tremplin';
  }, []);

  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current).length;

  const run = async (action: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await action();
      setNotice(message);
    } catch (err) {
      setProblem(problemOf(err).message);
    } finally {
      await refetch();
    }
  };

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader
        title="Mes sessions"
        subtitle={
          <>
            Les appareils où votre compte est connecté. Une session que vous ne reconnaissez pas ? Terminez-la, puis
            changez votre mot de passe. Voir aussi la{' '}
            <Anchor component={Link} to="/compte/securite" underline="always">
              sécurité du compte
            </Anchor>
            .
          </>
        }
        actions={
          others > 0 ? (
            <Button
              variant="outline"
              color="red"
              loading={endingOthers}
              onClick={() =>
                run(() => endOthers(), `${countLabel(others, 'autre session terminée', 'autres sessions terminées')}.`)
              }
            >
              Terminer toutes les autres sessions
            </Button>
          ) : null
        }
      />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {problem ? (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {problemOf(error).message}
        </Alert>
      ) : loading && !data ? (
        <Skeleton h={120} />
      ) : (
        <TableScroll minWidth={640} label="Sessions ouvertes">
          <Table striped withTableBorder>
            <Table.Caption>{countLabel(sessions.length, 'session ouverte', 'sessions ouvertes')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Appareil</Table.Th>
                <Table.Th scope="col">Adresse IP (tronquée)</Table.Th>
                <Table.Th scope="col">Ouverte le</Table.Th>
                <Table.Th scope="col">Dernière activité</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{s.device}</Text>
                      {s.current ? (
                        <Badge variant="outline" color="blue.9" radius="sm" tt="none">
                          Cette session
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.address}</Table.Td>
                  <Table.Td>{formatInstantFr(s.createdAt as string)}</Table.Td>
                  <Table.Td>{formatInstantFr(s.lastSeenAt as string)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Text size="sm" c="dimmed">
                        Utilisez « Se déconnecter »
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        loading={ending}
                        aria-label={`Terminer la session ${s.device}, ouverte le ${formatInstantFr(s.createdAt as string)}`}
                        onClick={() =>
                          run(() => endSession({ variables: { id: s.id } }), `Session ${s.device} terminée.`)
                        }
                      >
                        Terminer
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
