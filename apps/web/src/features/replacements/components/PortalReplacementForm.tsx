import { useMutation, useQuery } from '@apollo/client/react';
import { Loader } from '@mantine/core';
import {
  PortalReplacementFormDocument,
  PortalReplacementRequestsDocument,
  PortalRequestReplacementDocument,
} from '../graphql/replacements.generated';
import { ReplacementRequestForm } from './ReplacementRequestForm';

/** « Demander un remplacement »: the employer's form (the shared request form, addressed to a partner structure). */
export function PortalReplacementForm() {
  const { data } = useQuery(PortalReplacementFormDocument);
  const [save, { loading }] = useMutation(PortalRequestReplacementDocument, {
    refetchQueries: [PortalReplacementRequestsDocument],
  });
  if (!data) return <Loader role="status" aria-label="Chargement du formulaire" />;
  return (
    <ReplacementRequestForm
      name="Demander un remplacement"
      party={{
        field: 'structureId',
        label: 'Structure',
        placeholder: 'Choisir la structure',
        missing: 'choisissez la structure.',
        options: data.portalReplacementStructures.map((s) => ({ value: s.id, label: s.name })),
      }}
      sitesOf={() => data.portalSites}
      certifications={data.portalCertifications}
      submitLabel="Demander le remplacement"
      doneText="Demande envoyée : la structure est prévenue."
      loading={loading}
      onSubmit={(structureId, input) => save({ variables: { input: { ...input, structureId } } })}
    />
  );
}
