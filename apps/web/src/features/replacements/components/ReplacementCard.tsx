import { useQuery } from '@apollo/client/react';
import { Alert, Button, Loader } from '@mantine/core';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { TraineeCardView } from '../../proposals/components/TraineeCardView';
import { PortalReplacementCardDocument } from '../graphql/replacements.generated';

function CardOf({ requestId }: { requestId: string }) {
  const { data, error, loading } = useQuery(PortalReplacementCardDocument, { variables: { requestId } });
  if (loading) return <Loader size="sm" role="status" aria-label="Chargement de la fiche" />;
  if (error)
    return (
      <Alert color="red" role="alert">
        {problemOf(error).message}
      </Alert>
    );
  return data ? <TraineeCardView card={data.portalReplacementCard} headingOrder={3} /> : null;
}

/** « Voir la fiche de compétences » of the person who accepted: read on demand (each read is audited). */
export function ReplacementCard({ requestId }: { requestId: string }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <CardOf requestId={requestId} />
  ) : (
    <Button variant="light" w="fit-content" onClick={() => setOpen(true)}>
      Voir la fiche de compétences
    </Button>
  );
}
