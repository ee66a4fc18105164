import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack } from '@mantine/core';
import type { StructureKind } from '@tremplin/domain';
import { useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { HiresSection } from './exit-hires';
import { ExitSection } from './exit-record';
import { PersonExitDocument } from '../graphql/exit.generated';

/** Tab « Embauche, sortie et suivi »: hires with their 6- and 12-month checks, and the exit of the pathway. */
export function ExitTab({ personId, canWrite }: PersonTabProps) {
  const user = useCurrentUser();
  const { data, error } = useQuery(PersonExitDocument, { variables: { id: personId } });
  if (!data?.person && error)
    return (
      <Alert color="red" title="Les embauches et la sortie ne peuvent pas être affichées">
        {problemOf(error).message}
      </Alert>
    );
  if (!data?.person)
    return <Skeleton height={300} role="status" aria-label="Chargement des embauches et de la sortie" />;

  return (
    <Stack gap="xl">
      <ExitSection
        person={data.person}
        personId={personId}
        canWrite={canWrite}
        structureKind={(user.structure?.kind as StructureKind | undefined) ?? null}
      />
      <HiresSection data={data} personId={personId} canWrite={canWrite} />
    </Stack>
  );
}
