import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { DECLINE_REASON_LABELS, DeclineReason, ProposalDecision, ProposalStatus } from '@tremplin/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PortalProposalFieldsFragment } from '../../../gql/graphql';
import { awaitsDecision, formatInstantFr } from './portal-format';
import {
  PortalDecideProposalDocument,
  PortalProposalDocument,
  PortalProposalFieldsFragmentDoc,
} from '../graphql/portal.generated';

type Proposal = PortalProposalFieldsFragment;

const COMMENT_MAX = 2000;

const REASON_OPTIONS = [
  { value: '', label: 'Choisir un motif…' },
  ...(Object.entries(DECLINE_REASON_LABELS) as [DeclineReason, string][]).map(([value, label]) => ({ value, label })),
];

/** What each decision says in its dialog: the question and what follows. */
function wording(decision: ProposalDecision, name: string): { title: string; consequence: string } {
  switch (decision) {
    case ProposalDecision.REQUEST_INTERVIEW:
      return {
        title: `Demander un entretien avec ${name} ?`,
        consequence:
          'La structure qui accompagne cette personne est prévenue et organise l’entretien avec vous. Vous déciderez ensuite de valider ou de décliner.',
      };
    case ProposalDecision.VALIDATE:
      return {
        title: `Valider ${name} pour embauche ?`,
        consequence:
          'La structure est prévenue et enregistre l’embauche (type de contrat, date de début) : elle comptera dans votre objectif d’embauches.',
      };
    case ProposalDecision.DECLINE:
      return {
        title: `Décliner la proposition de ${name} ?`,
        consequence:
          'La structure est prévenue avec votre motif : il l’aide à préparer la personne pour une prochaine proposition.',
      };
  }
}

/**
 * The decision dialog: a reason from the list (to decline) and a comment (required for « Autre motif »). Refusals
 * of the server are shown next to their field; nothing typed is lost.
 */
function DecisionDialog({
  proposal,
  decision,
  onClose,
  onDecided,
}: {
  proposal: Proposal;
  decision: ProposalDecision | null;
  onClose: () => void;
  onDecided: (decision: ProposalDecision) => void;
}) {
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={decision ? wording(decision, proposal.traineeName).title : ''}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans décider' }}
    >
      {decision ? (
        <DecisionForm proposal={proposal} decision={decision} onClose={onClose} onDecided={onDecided} />
      ) : null}
    </Modal>
  );
}

/** The dialog's form, mounted afresh at each opening (nothing typed for another decision stays). */
function DecisionForm({
  proposal,
  decision,
  onClose,
  onDecided,
}: {
  proposal: Proposal;
  decision: ProposalDecision;
  onClose: () => void;
  onDecided: (decision: ProposalDecision) => void;
}) {
  const ids = useId();
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; comment?: string; global?: string }>({});
  const [decide, { loading }] = useMutation(PortalDecideProposalDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({
        query: PortalProposalDocument,
        variables: { id: proposal.id },
        data: { portalProposal: data.portalDecideProposal },
      });
    },
  });

  const declining = decision === ProposalDecision.DECLINE;
  const commentRequired = declining && reason === DeclineReason.OTHER;
  const { consequence } = wording(decision, proposal.traineeName);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = comment.trim();
    const local: typeof errors = {};
    if (declining && !reason) local.reason = 'Motif : choisissez dans la liste la raison pour laquelle vous déclinez.';
    if (commentRequired && !text) local.comment = 'Commentaire : précisez le motif (vous avez choisi « Autre motif »).';
    if (text.length > COMMENT_MAX)
      local.comment = `Commentaire : ${COMMENT_MAX} caractères au plus (${text.length - COMMENT_MAX} de trop).`;
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await decide({
        variables: {
          input: {
            proposalId: proposal.id,
            version: proposal.version,
            decision,
            declineReason: declining ? reason : null,
            comment: text || null,
          },
        },
      });
      onDecided(decision);
    } catch (error) {
      const problem = problemOf(error);
      const next: typeof errors = {};
      const unplaced: string[] = [];
      for (const fe of problem.fieldErrors) {
        if (fe.field === 'declineReason') next.reason = fe.message;
        else if (fe.field === 'comment') next.comment = fe.message;
        else unplaced.push(fe.message);
      }
      if (unplaced.length || !problem.fieldErrors.length) {
        next.global =
          problem.code === 'CONFLICT'
            ? `${problem.message} Fermez cette fenêtre : la page montre maintenant l’état à jour de la proposition.`
            : unplaced.length
              ? unplaced.join(' ')
              : problem.message;
      }
      setErrors(next);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{consequence}</Text>
        {errors.global ? (
          <Alert color="red" role="alert" title="La décision n’est pas enregistrée">
            {errors.global}
          </Alert>
        ) : null}
        {declining ? (
          <NativeSelect
            id={`${ids}-reason`}
            label="Motif"
            required
            withAsterisk
            data={REASON_OPTIONS}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors(({ reason: _r, ...rest }) => rest);
            }}
            error={errors.reason}
            data-autofocus
          />
        ) : null}
        <Textarea
          id={`${ids}-comment`}
          label="Commentaire"
          description={
            commentRequired
              ? 'Obligatoire avec « Autre motif » : dites pourquoi en quelques mots.'
              : 'Facultatif : ce que la structure doit savoir (disponibilités pour l’entretien, points à travailler…).'
          }
          required={commentRequired}
          withAsterisk={commentRequired}
          autosize
          minRows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setErrors(({ comment: _c, ...rest }) => rest);
          }}
          error={errors.comment}
          data-autofocus={declining ? undefined : true}
        />
        <Group gap="sm">
          <Button type="submit" loading={loading} color={declining ? 'red.9' : undefined}>
            Confirmer la décision
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const DONE: Record<ProposalDecision, string> = {
  [ProposalDecision.REQUEST_INTERVIEW]: 'Entretien demandé : la structure est prévenue et vous recontacte.',
  [ProposalDecision.VALIDATE]: 'Validé·e pour embauche : la structure est prévenue et enregistre l’embauche.',
  [ProposalDecision.DECLINE]: 'Proposition déclinée : la structure est prévenue avec votre motif.',
};

/**
 * « Votre décision »: request an interview, validate for hire or decline, while the proposal waits for it; once
 * decided, what was decided and when.
 */
export function DecisionBlock({ proposal }: { proposal: FragmentType<typeof PortalProposalFieldsFragmentDoc> }) {
  const { data, complete } = useFragment({ fragment: PortalProposalFieldsFragmentDoc, from: proposal });
  return complete ? <Decision proposal={data} /> : null;
}

function Decision({ proposal }: { proposal: Proposal }) {
  const [decision, setDecision] = useState<ProposalDecision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const open = awaitsDecision(proposal.status);
  const headingId = 'portail-decision';

  // Once decided, the buttons are gone: the focus goes to the message that says what happens next.
  useEffect(() => {
    if (!done) return undefined;
    const timer = window.setTimeout(() => doneRef.current?.focus(), 60);
    return () => window.clearTimeout(timer);
  }, [done]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          Votre décision
        </Title>
        {done ? (
          <Alert ref={doneRef} tabIndex={-1} color="green" variant="light" role="status">
            {done}
          </Alert>
        ) : null}
        {open ? (
          <>
            <Text size="sm">
              {proposal.status === ProposalStatus.INTERVIEW_REQUESTED
                ? `Vous avez demandé un entretien. Après l’entretien, validez ${proposal.traineeName} pour embauche ou déclinez la proposition.`
                : `Après lecture de la fiche, demandez un entretien, validez ${proposal.traineeName} pour embauche ou déclinez la proposition.`}
            </Text>
            <Group gap="sm" wrap="wrap">
              {proposal.status === ProposalStatus.PROPOSED ? (
                <Button variant="outline" onClick={() => setDecision(ProposalDecision.REQUEST_INTERVIEW)}>
                  Demander un entretien
                </Button>
              ) : null}
              <Button onClick={() => setDecision(ProposalDecision.VALIDATE)}>Valider pour embauche</Button>
              <Button variant="outline" color="red.9" onClick={() => setDecision(ProposalDecision.DECLINE)}>
                Décliner
              </Button>
            </Group>
          </>
        ) : (
          <Stack gap={4}>
            <Text size="sm">
              <Text span fw={600}>
                {proposal.statusLabel}
              </Text>
              {proposal.decidedAt ? ` — décision du ${formatInstantFr(proposal.decidedAt)}` : ''}.
            </Text>
            {proposal.declineReasonLabel ? <Text size="sm">Motif : {proposal.declineReasonLabel}</Text> : null}
            {proposal.decisionComment ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                Commentaire : {proposal.decisionComment}
              </Text>
            ) : null}
            {proposal.status === ProposalStatus.VALIDATED ? (
              <Text size="sm" c="dimmed">
                La structure enregistre l’embauche ; elle comptera alors dans votre objectif d’embauches.
              </Text>
            ) : null}
          </Stack>
        )}
      </Stack>
      <DecisionDialog
        proposal={proposal}
        decision={decision}
        onClose={() => setDecision(null)}
        onDecided={(d) => {
          setDecision(null);
          setDone(DONE[d]);
        }}
      />
    </Paper>
  );
}
