import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { todayInParis } from '@tremplin/domain';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { ReplacementRequestForm } from '../../features/replacements/components/ReplacementRequestForm';
import {
  ReplacementRequestFormDocument,
  ReplacementRequestsDocument,
  RequestReplacementDocument,
} from '../../features/replacements/graphql/replacements.generated';

/**
 * « Nouvelle demande de remplacement »: the counsellor posts a request on a partner employer's behalf (an employer
 * with a current partnership with the structure, one of its sites), then lands on its ranked candidates.
 */
export function NewReplacementRequestPage() {
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(ReplacementRequestFormDocument, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(RequestReplacementDocument, { refetchQueries: [ReplacementRequestsDocument] });
  useEffect(() => {
    document.title = 'Nouvelle demande de remplacement · Tremplin';
  }, []);
  const today = todayInParis();
  const current = (data?.partnerships ?? []).filter((p) => !p.endedOn || p.endedOn >= today);
  const employers = [...new Map(current.map((p) => [p.partnerOrganisation.id, p])).values()];
  return (
    <Stack>
      <Anchor component={Link} to="/remplacements" size="sm">
        ← Remplacements
      </Anchor>
      <Title order={1}>Nouvelle demande de remplacement</Title>
      <Text>
        Saisissez la demande pour un employeur partenaire : la structure est prévenue, puis vous voyez les personnes qui
        peuvent y aller.
      </Text>
      {loading && !data ? <Loader role="status" aria-label="Chargement du formulaire" /> : null}
      {error ? (
        <Alert color="red" role="alert">
          {problemOf(error).message}
        </Alert>
      ) : null}
      {data && !employers.length ? (
        <Text>Aucun partenariat en cours : ajoutez d’abord un employeur partenaire dans « Partenaires ».</Text>
      ) : null}
      {data && employers.length ? (
        <ReplacementRequestForm
          name="Nouvelle demande de remplacement"
          party={{
            field: 'partnerOrganisationId',
            label: 'Employeur partenaire',
            placeholder: 'Choisir l’employeur',
            missing: 'choisissez l’employeur.',
            description: 'Un employeur avec qui la structure a un partenariat en cours.',
            options: employers.map((p) => ({ value: p.partnerOrganisation.id, label: p.partnerOrganisation.name })),
          }}
          sitesOf={(id) => employers.find((p) => p.partnerOrganisation.id === id)?.sites ?? []}
          certifications={data.certifications}
          submitLabel="Enregistrer la demande"
          loading={saving.loading}
          onSubmit={async (partnerOrganisationId, input) => {
            const r = await save({ variables: { input: { ...input, partnerOrganisationId } } });
            const id = r.data?.requestReplacement.id;
            if (id) await navigate(`/remplacements/${id}`);
          }}
        />
      ) : null}
    </Stack>
  );
}
