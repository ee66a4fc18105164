import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { countLabel, formatIsoDateFr, Permission } from '@tremplin/domain';
import { PageHeader } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { GroupMembers } from '../../features/attendance/components/GroupMembers';
import { SeriesForm } from '../../features/attendance/components/SeriesForm';
import { TrainingGroupDocument } from '../../features/attendance/graphql/groups.generated';

/** A training group: its members, its supervisors, « Planifier une série » and the way to its week grid. */
export function GroupPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const canWrite = can(user, Permission.PATHWAY_WRITE);
  const [planning, setPlanning] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const { data, error, loading } = useQuery(TrainingGroupDocument, { variables: { id } });
  const group = data?.trainingGroup;

  useEffect(() => {
    document.title = `${group?.name ?? 'Groupe'} · Tremplin`;
  }, [group?.name]);

  if (error)
    return (
      <Alert color="red" role="alert" title="Le groupe n’a pas pu être chargé">
        {problemOf(error).message}
      </Alert>
    );
  if (loading && !group) return <Skeleton height={200} role="status" aria-label="Chargement du groupe" />;
  if (!group)
    return (
      <Alert color="orange" title="Groupe introuvable">
        Ce groupe n’existe pas ou n’est pas de votre structure.{' '}
        <Anchor component={Link} to="/groupes">
          Revenir aux groupes
        </Anchor>
      </Alert>
    );

  const supervisors = group.supervisors.map((s) => `${s.firstName} ${s.lastName}`).join(', ');
  return (
    <>
      <PageHeader
        title={group.name}
        subtitle={`${countLabel(group.memberCount, 'membre')} · depuis le ${formatIsoDateFr(group.startsOn)}${group.endsOn ? ` jusqu’au ${formatIsoDateFr(group.endsOn)}` : ''} · encadrement : ${supervisors || 'aucun·e encadrant·e désigné·e'}`}
        actions={
          <Group gap="sm">
            <Button component={Link} to={`/groupes/${group.id}/semaine`}>
              Grille de la semaine
            </Button>
            {canWrite && !planning ? (
              <Button variant="outline" onClick={() => setPlanning(true)}>
                Planifier une série
              </Button>
            ) : null}
          </Group>
        }
      />
      <Stack gap="md">
        {created !== null ? (
          <Alert
            color="green"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer ce message"
            onClose={() => setCreated(null)}
          >
            {countLabel(created, 'session créée', 'sessions créées')} pour ce groupe.
          </Alert>
        ) : null}
        {planning ? (
          <SeriesForm
            groupId={group.id}
            onCreated={(n) => {
              setCreated(n);
              setPlanning(false);
            }}
          />
        ) : null}
        <GroupMembers group={group} canWrite={canWrite} />
        <Text size="sm">
          <Anchor component={Link} to="/groupes">
            Tous les groupes
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}
