import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { EmptyState, PageHeader, StageBadge } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { personToFormValues, toPersonInput } from '../../features/persons/person-form-values';
import { PersonForm } from '../../features/persons/PersonForm';
import { PersonDocument, UpdatePersonDocument } from '../../features/persons/persons.documents';

export function PersonEditPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [saved, setSaved] = useState<'created' | 'updated' | null>((location.state as { created?: boolean } | null)?.created ? 'created' : null);
  const { data, loading, error, refetch } = useQuery(PersonDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [updatePerson] = useMutation(UpdatePersonDocument, { refetchQueries: ['Persons'] });
  const person = data?.person;

  useEffect(() => {
    document.title = person ? `${person.firstName} ${person.lastName} · Tremplin` : 'Fiche · Tremplin';
  }, [person]);

  const back = (
    <Anchor component={Link} to="/personnes" size="sm">
      ← Portefeuille
    </Anchor>
  );

  if (!person && error) {
    const p = problemOf(error);
    return (
      <>
        {back}
        <PageHeader title="Fiche introuvable" />
        <EmptyState title={p.message} action={<Button component={Link} to="/personnes" variant="outline">Revenir au portefeuille</Button>} />
      </>
    );
  }
  if (!person) {
    return (
      <Stack aria-busy={loading} aria-label="Chargement de la fiche">
        {back}
        <Skeleton height={36} width="40%" />
        <Skeleton height={220} />
        <Skeleton height={220} />
      </Stack>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title={`${person.firstName} ${person.lastName.toUpperCase()}`}
        subtitle={
          <Group gap="xs" component="span">
            <span>
              {person.age} ans · né·e le {formatIsoDateFr(person.birthDate)}
              {person.counsellor ? ` · suivi·e par ${person.counsellor.fullName}` : ''}
            </span>
            <StageBadge stage={person.stage} />
          </Group>
        }
      />
      {saved ? (
        <Alert color="green" role="status" mb="md" withCloseButton closeButtonLabel="Fermer le message" onClose={() => setSaved(null)}>
          {saved === 'created' ? 'La fiche est créée.' : 'Les modifications sont enregistrées.'}{' '}
          <Anchor component={Link} to="/personnes" c="inherit" underline="always">
            Revenir au portefeuille
          </Anchor>
        </Alert>
      ) : null}
      <PersonForm
        key={person.version}
        initial={personToFormValues(person)}
        submitLabel="Enregistrer les modifications"
        onReload={() => void refetch()}
        onSubmit={async (values) => {
          setSaved(null);
          try {
            await updatePerson({ variables: { input: { id: person.id, version: person.version, ...toPersonInput(values) } } });
            setSaved('updated');
            return null;
          } catch (e) {
            return problemOf(e);
          }
        }}
      />
      <Text size="xs" c="dimmed" mt="md">
        Dernière modification le {new Date(person.updatedAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' })}
      </Text>
    </>
  );
}
