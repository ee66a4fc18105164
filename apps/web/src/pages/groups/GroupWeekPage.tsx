import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Skeleton, Stack } from '@mantine/core';
import { Permission, todayInParis } from '@tremplin/domain';
import { PageHeader } from '@tremplin/web-ui';
import { useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { AttendanceWeekGrid } from '../../features/attendance/components/AttendanceWeekGrid';
import { AttendanceWeekDocument } from '../../features/attendance/graphql/week.generated';
import { addDays, isIsoDate, mondayOf, weekTitle } from '../../features/attendance/week-dates';

/** `/groupes/:id/semaine/:weekStart?`: the week grid of a group (the current week by default), previous and next. */
export function GroupWeekPage() {
  const { id = '', weekStart } = useParams();
  const user = useCurrentUser();
  const canWrite = can(user, Permission.FIELD_ENTRY);
  const monday = isIsoDate(weekStart) ? mondayOf(weekStart) : mondayOf(todayInParis());
  const { data, error, loading } = useQuery(AttendanceWeekDocument, {
    variables: { groupId: id, weekStart: monday },
    fetchPolicy: 'network-only',
  });
  const week = data?.attendanceWeek.weekStart === monday ? data.attendanceWeek : undefined;

  useEffect(() => {
    document.title = `Présences, ${weekTitle(monday)} · Tremplin`;
  }, [monday]);

  if (weekStart && weekStart !== monday) return <Navigate to={`/groupes/${id}/semaine/${monday}`} replace />;

  return (
    <>
      <PageHeader
        title={week ? `Présences · ${week.group.name}` : 'Présences de la semaine'}
        subtitle={weekTitle(monday)}
        actions={
          <Group gap="xs">
            <Button component={Link} variant="outline" to={`/groupes/${id}/semaine/${addDays(monday, -7)}`}>
              Semaine précédente
            </Button>
            <Button component={Link} variant="outline" to={`/groupes/${id}/semaine/${addDays(monday, 7)}`}>
              Semaine suivante
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {error ? (
          <Alert color="red" role="alert" title="La semaine n’a pas pu être chargée">
            {problemOf(error).message}
          </Alert>
        ) : null}
        {week ? (
          <AttendanceWeekGrid key={`${id}-${monday}`} week={week} canWrite={canWrite} />
        ) : loading ? (
          <Skeleton height={240} role="status" aria-label="Chargement de la semaine" />
        ) : null}
        <Anchor component={Link} to={`/groupes/${id}`} size="sm">
          Le groupe : membres, séries de sessions
        </Anchor>
      </Stack>
    </>
  );
}
