import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import {
  formatIsoDateFr,
  HIRE_CONTRACT_TYPE_LABELS,
  HireContractType,
  ProposalStatus,
  todayInParis,
} from '@tremplin/domain';
import { useState } from 'react';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { PersonProposalsQuery, ProposalFieldsFragment } from '../../../gql/graphql';
import { RecordForm } from '../../records/components/RecordForm';
import {
  RecordHireFromProposalDocument,
  WithdrawProposalConsentDocument,
  WithdrawProposalDocument,
} from '../graphql/proposals.generated';

export type Proposal = ProposalFieldsFragment;
/** A proposal of the person's list, as the tab and the dialog read it (status, need); its card reads the rest. */
export type ListedProposal = PersonProposalsQuery['proposals'][number];

type Dialog = 'hire' | 'withdraw' | 'consent' | null;

const str = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

/** Runs a mutation; resolves with the API's refusal, or null once saved. */
async function attempt(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

/** Red outline that keeps its contrast (Mantine's red-6 text on white falls under 4.5:1). */
const dangerStyle = { color: 'var(--mantine-color-red-9)', borderColor: 'var(--mantine-color-red-9)' };

/**
 * What the structure can do with a proposal: record the hire once the employer validated it, withdraw it, or record
 * that the person withdrew their consent (the employer loses access at once). Each opens a confirmation dialog that
 * keeps what was typed when the server refuses.
 */
export function ProposalActions({
  proposal,
  onDone,
  onStale,
}: {
  proposal: Proposal;
  /** Saved: what to tell the user. */
  onDone: (message: string) => void;
  /** The proposal changed meanwhile (stale version): reload it. */
  onStale: () => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [consentProblem, setConsentProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: 'active' as const };
  const [recordHire] = useMutation(RecordHireFromProposalDocument, refetch);
  const [withdraw] = useMutation(WithdrawProposalDocument, refetch);
  const [withdrawConsent, { loading: withdrawingConsent }] = useMutation(WithdrawProposalConsentDocument, refetch);
  const p = proposal;
  const need = p.hiringNeed;
  const status = p.status as ProposalStatus;
  const where = `${need.partnerOrganisation.name} — ${need.jobTitle}`;
  const close = () => {
    setDialog(null);
    setConsentProblem(null);
  };
  const ids = { proposalId: p.id, version: p.version };
  const checkStale = (refusal: ApiProblem | null) => {
    if (refusal?.code === 'CONFLICT') onStale();
    return refusal;
  };

  const canHire = status === ProposalStatus.VALIDATED;
  const canWithdraw = status !== ProposalStatus.WITHDRAWN && status !== ProposalStatus.HIRED;
  const canWithdrawConsent = status !== ProposalStatus.WITHDRAWN && !p.consentWithdrawnAt;
  if (!canHire && !canWithdraw && !canWithdrawConsent) return null;

  const today = todayInParis();
  const confirmConsent = async () => {
    setConsentProblem(null);
    const refusal = checkStale(await attempt(() => withdrawConsent({ variables: { input: ids } })));
    if (refusal) setConsentProblem(refusal.message);
    else {
      close();
      onDone(
        status === ProposalStatus.HIRED
          ? `Le retrait du consentement est enregistré : ${need.partnerOrganisation.name} n’a plus accès à la fiche. L’embauche reste enregistrée.`
          : `Le retrait du consentement est enregistré : la proposition est retirée et ${need.partnerOrganisation.name} n’a plus accès à la fiche.`,
      );
    }
  };

  return (
    <>
      <Group gap="sm" role="group" aria-label={`Actions sur la proposition « ${where} »`}>
        {canHire ? (
          <Button size="xs" onClick={() => setDialog('hire')}>
            Enregistrer l’embauche
          </Button>
        ) : null}
        {canWithdraw ? (
          <Button size="xs" variant="outline" onClick={() => setDialog('withdraw')}>
            Retirer la proposition
          </Button>
        ) : null}
        {canWithdrawConsent ? (
          <Button size="xs" variant="outline" color="red" style={dangerStyle} onClick={() => setDialog('consent')}>
            Retrait du consentement
          </Button>
        ) : null}
      </Group>

      <Modal
        opened={dialog === 'hire'}
        onClose={close}
        title="Enregistrer l’embauche"
        centered
        size="lg"
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': 'Fermer sans enregistrer l’embauche' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {need.partnerOrganisation.name} a validé la candidature pour le poste « {need.jobTitle} ». L’embauche
            s’enregistre dans l’onglet « Embauche, sortie et suivi » avec ses suivis à 6 et 12 mois, et compte dans
            l’objectif d’embauches du partenariat.
          </Text>
          <RecordForm
            title={`Embauche chez ${need.partnerOrganisation.name}`}
            submitLabel="Enregistrer l’embauche"
            initial={{
              startDate: formatIsoDateFr(need.startDate >= today ? need.startDate : today),
              weeklyMinutes: '35',
              jobTitle: need.jobTitle,
            }}
            fields={[
              {
                name: 'contractType',
                label: 'Type de contrat',
                kind: 'select',
                required: true,
                options: Object.values(HireContractType).map((c) => ({
                  value: c,
                  label: HIRE_CONTRACT_TYPE_LABELS[c],
                })),
              },
              { name: 'startDate', label: 'Date de début', kind: 'date', required: true },
              {
                name: 'weeklyMinutes',
                label: 'Heures par semaine',
                kind: 'hours',
                required: true,
                description: 'Par exemple 35 ou 24 h 30 ; 48 h au plus.',
              },
              { name: 'jobTitle', label: 'Poste', kind: 'text', maxLength: 200 },
            ]}
            onCancel={close}
            onSubmit={async (v) => {
              const refusal = checkStale(
                await attempt(() =>
                  recordHire({
                    variables: {
                      input: {
                        ...ids,
                        contractType: String(v['contractType']),
                        startDate: String(v['startDate']),
                        weeklyMinutes: Number(v['weeklyMinutes']),
                        jobTitle: str(v['jobTitle']),
                      },
                    },
                  }),
                ),
              );
              if (!refusal) {
                close();
                onDone(
                  `L’embauche chez ${need.partnerOrganisation.name} est enregistrée à partir du ${formatIsoDateFr(String(v['startDate']))} : ses suivis à 6 et 12 mois sont dans l’onglet « Embauche, sortie et suivi ».`,
                );
              }
              return refusal;
            }}
          />
        </Stack>
      </Modal>

      <Modal
        opened={dialog === 'withdraw'}
        onClose={close}
        title="Retirer la proposition ?"
        centered
        size="lg"
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': 'Fermer sans retirer la proposition' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            La proposition à {where} sera retirée : l’employeur n’aura plus accès à la fiche et en sera informé. Une
            nouvelle proposition pourra être faite plus tard, avec un nouveau consentement.
          </Text>
          <RecordForm
            title="Retrait de la proposition"
            submitLabel="Retirer la proposition"
            fields={[
              {
                name: 'reason',
                label: 'Motif du retrait (facultatif)',
                kind: 'textarea',
                description: 'Visible dans l’historique de la proposition ; l’employeur ne le voit pas.',
              },
            ]}
            onCancel={close}
            onSubmit={async (v) => {
              const refusal = checkStale(
                await attempt(() => withdraw({ variables: { input: { ...ids, reason: str(v['reason']) } } })),
              );
              if (!refusal) {
                close();
                onDone(`La proposition à ${where} est retirée : l’employeur n’a plus accès à la fiche.`);
              }
              return refusal;
            }}
          />
        </Stack>
      </Modal>

      <Modal
        opened={dialog === 'consent'}
        onClose={close}
        title="Retrait du consentement"
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': 'Fermer sans enregistrer le retrait du consentement' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            La personne retire son consentement au partage de sa fiche avec {need.partnerOrganisation.name}.{' '}
            <strong>L’employeur perd l’accès à la fiche immédiatement</strong>, sans attendre : plus de nom, plus
            d’évaluations, plus de missions.
          </Text>
          <Text size="sm">
            {status === ProposalStatus.HIRED
              ? 'L’embauche déjà enregistrée reste enregistrée.'
              : 'La proposition passe « retirée » ; l’employeur en est informé.'}{' '}
            Ce retrait est définitif : pour proposer à nouveau, il faudra un nouveau consentement.
          </Text>
          {consentProblem ? (
            <Alert color="red" role="alert" title="Le retrait du consentement n’est pas enregistré">
              {consentProblem}
            </Alert>
          ) : null}
          <Group gap="sm" mt="xs">
            <Button color="red.9" loading={withdrawingConsent} onClick={() => void confirmConsent()}>
              Confirmer le retrait du consentement
            </Button>
            <Button variant="subtle" onClick={close}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
