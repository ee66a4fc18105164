import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack } from '@mantine/core';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { TutoringEventsSection } from './tutoring-events';
import { SkillsSection } from './tutoring-skills';
import { TutorsSection } from './tutoring-tutors';
import { PersonTutoringDocument } from '../graphql/tutoring.generated';

/** Tab « Tutorat et évaluations »: tutors (structure and host), progress per certification block, tutor meetings and interview simulations. */
export function TutoringTab({ personId, canWrite }: PersonTabProps) {
  const { data, error } = useQuery(PersonTutoringDocument, { variables: { id: personId } });
  if (!data?.person && error)
    return (
      <Alert color="red" title="Le tutorat ne peut pas être affiché">
        {problemOf(error).message}
      </Alert>
    );
  if (!data?.person)
    return <Skeleton height={300} role="status" aria-label="Chargement du tutorat et des évaluations" />;

  return (
    <Stack gap="xl">
      <TutorsSection data={data} personId={personId} canWrite={canWrite} />
      <SkillsSection person={data.person} personId={personId} canWrite={canWrite} />
      <TutoringEventsSection person={data.person} personId={personId} canWrite={canWrite} />
    </Stack>
  );
}
