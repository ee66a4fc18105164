import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { personToFormValues, toPersonInput } from '../person-form-values';
import { PersonForm } from './PersonForm';
import { PersonDocument, UpdatePersonDocument } from '../graphql/persons.generated';

/** Tab « Identité »: the person's identity and contact details, with the version check on save. */
export function IdentityTab({ personId, created }: PersonTabProps & { created?: boolean }) {
  const [saved, setSaved] = useState<'created' | 'updated' | null>(created ? 'created' : null);
  const { data, refetch } = useQuery(PersonDocument, { variables: { id: personId } });
  const [updatePerson] = useMutation(UpdatePersonDocument, { refetchQueries: 'active' });
  const person = data?.person;
  if (!person) return <Skeleton height={400} role="status" aria-label="Chargement de l’identité" />;
  return (
    <>
      {saved ? (
        <Alert
          color="green"
          role="status"
          mb="md"
          withCloseButton
          closeButtonLabel="Fermer le message"
          onClose={() => setSaved(null)}
        >
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
            await updatePerson({
              variables: { input: { id: person.id, version: person.version, ...toPersonInput(values) } },
            });
            setSaved('updated');
            return null;
          } catch (e) {
            return problemOf(e);
          }
        }}
      />
      <Text size="xs" c="dimmed" mt="md">
        Dernière modification le{' '}
        {new Date(person.updatedAt).toLocaleString('fr-FR', {
          dateStyle: 'short',
          timeStyle: 'short',
          timeZone: 'Europe/Paris',
        })}
      </Text>
    </>
  );
}
