import { useMutation } from '@apollo/client/react';
import { Anchor, Button } from '@mantine/core';
import { Role } from '@tremplin/domain';
import { PageHeader } from '@tremplin/web-ui';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { EMPTY_PERSON, toPersonInput } from '../../features/persons/person-form-values';
import { PersonForm } from '../../features/persons/components/PersonForm';
import { CreatePersonDocument } from '../../features/persons/graphql/persons.generated';

export function PersonCreatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [createPerson] = useMutation(CreatePersonDocument, {
    // The caseload's pages and count change: drop the cached pages, so the next visit loads them afresh.
    update: (cache) => {
      cache.evict({ fieldName: 'persons' });
      cache.gc();
    },
  });
  useEffect(() => {
    document.title = 'Nouvelle personne · Tremplin';
  }, []);

  return (
    <>
      <Anchor component={Link} to="/personnes" size="sm">
        ← Portefeuille
      </Anchor>
      <PageHeader title="Nouvelle personne" subtitle="Les champs marqués d’un astérisque (*) sont obligatoires." />
      <PersonForm
        initial={{ ...EMPTY_PERSON, counsellorId: user.role === Role.COUNSELLOR ? user.id : '' }}
        submitLabel="Créer la fiche"
        cancel={
          <Button variant="subtle" component={Link} to="/personnes">
            Annuler
          </Button>
        }
        onSubmit={async (values) => {
          try {
            const { data } = await createPerson({ variables: { input: toPersonInput(values) } });
            if (data) navigate(`/personnes/${data.createPerson.id}?onglet=identite`, { state: { created: true } });
            return null;
          } catch (e) {
            return problemOf(e);
          }
        }}
      />
    </>
  );
}
