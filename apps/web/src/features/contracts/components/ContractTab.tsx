import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { emptyContractValues } from '../contract-form-values';
import { CreateProfessionalisationContractDocument, PersonContractsDocument } from '../graphql/contracts.generated';
import { ContractCard, type Editing } from './ContractCard';
import { ContractForm } from './ContractForm';

/**
 * Tab « Contrat »: the person's contrats de professionnalisation, latest first. A draft is written in a sectioned form
 * with the legal checks live; then it is deposited to the OPCO, decided, started, completed, broken or renewed, and
 * its training progress is followed against the plan.
 */
export function ContractTab({ personId, canWrite }: PersonTabProps) {
  const { data, error } = useQuery(PersonContractsDocument, { variables: { id: personId } });
  const [create] = useMutation(CreateProfessionalisationContractDocument, { refetchQueries: 'active' });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNoticeState] = useState<{ text: string; key: number } | null>(null);
  const setNotice = (text: string | null) => setNoticeState((n) => (text ? { text, key: (n?.key ?? 0) + 1 } : null));
  const noticeRef = useRef<HTMLDivElement>(null);
  const person = data?.person;
  const contracts = person?.professionalisationContracts;

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!person && error)
    return (
      <Alert color="red" role="alert" title="Les contrats ne peuvent pas être affichés">
        {problemOf(error).message}
      </Alert>
    );
  if (!person || !contracts) return <Skeleton height={300} role="status" aria-label="Chargement des contrats" />;

  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const openEdit = (e: Editing) => {
    setNotice(null);
    setEditing(e);
  };

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby="contracts-title">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="contracts-title">
            Contrats de professionnalisation
          </Title>
          {canWrite && editing?.id !== 'new' ? (
            <Button variant="outline" size="xs" onClick={() => openEdit({ id: 'new' })}>
              Nouveau contrat de professionnalisation
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {contracts.length
            ? `${contracts.length} contrat${contracts.length > 1 ? 's' : ''}, du plus récent au plus ancien.`
            : canWrite
              ? 'Aucun contrat de professionnalisation. Créez-le dès que l’alternance est décidée : le brouillon se complète en plusieurs fois, puis se dépose à l’OPCO dans les 5 jours qui suivent le début du contrat.'
              : 'Aucun contrat de professionnalisation.'}
        </Text>
        {notice ? (
          <Alert ref={noticeRef} tabIndex={-1} color="green" variant="light" role="status">
            {notice.text}
          </Alert>
        ) : null}
        {editing?.id === 'new' ? (
          <ContractForm
            title="Nouveau contrat de professionnalisation"
            initial={emptyContractValues(person.targetCertification?.id ?? null)}
            submitLabel="Enregistrer le brouillon"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields): Promise<ApiProblem | null> => {
              try {
                await create({ variables: { input: { personId, ...fields } } });
                saved('Le brouillon est enregistré. Il reste à le compléter si besoin, puis à le déposer à l’OPCO.');
                return null;
              } catch (e) {
                return problemOf(e);
              }
            }}
          />
        ) : null}
      </Stack>
      {contracts.map((c) => (
        <ContractCard
          key={c.id}
          contract={c}
          canWrite={canWrite}
          editing={editing}
          onEdit={openEdit}
          onCloseEdit={() => setEditing(null)}
          onRenewed={(id) => {
            setNotice('Le renouvellement est créé en brouillon : complétez-le puis déposez-le à l’OPCO.');
            // The new draft's form opens as soon as the refreshed list holds it.
            setEditing({ id });
          }}
          onSaved={saved}
        />
      ))}
    </Stack>
  );
}
