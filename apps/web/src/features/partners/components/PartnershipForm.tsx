import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PartnershipFieldsFragment, PartnershipsQuery } from '../../../gql/graphql';
import { type FieldErrors, placeProblem, readDate, sentence, summaryItems } from '../forms';
import { PartnershipCandidatesDocument, SavePartnershipDocument } from '../graphql/partners.generated';

type Partnership = PartnershipFieldsFragment;
/** A partnership of the page's list (the fields the page and its forms select themselves). */
export type ListedPartnership = PartnershipsQuery['partnerships'][number];
type Field = 'partnerOrganisationId' | 'startedOn' | 'endedOn';
const ORDER: Field[] = ['partnerOrganisationId', 'startedOn', 'endedOn'];
const LABELS: Record<Field, string> = {
  partnerOrganisationId: 'Organisation partenaire',
  startedOn: 'Début du partenariat',
  endedOn: 'Fin du partenariat',
};

/** Whether a partnership runs on `today` (no end, or an end not passed). */
export function isActivePartnership(p: { endedOn?: string | null }, today: string): boolean {
  return !p.endedOn || p.endedOn >= today;
}

/**
 * « Ajouter un partenariat » (an organisation of the catalogue and a start date) or « Modifier le partenariat »
 * (its dates; clearing the end resumes it). Errors next to their field; a refusal keeps what was typed.
 */
export function PartnershipForm({
  partnership,
  partnerships,
  onClose,
  onDone,
}: {
  /** The partnership edited; none to add one. */
  partnership?: Partnership;
  /** The structure's partnerships: a running one cannot be added twice, an ended one is resumed. */
  partnerships: ListedPartnership[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const today = todayInParis();
  const [values, setValues] = useState<Record<Field, string>>({
    partnerOrganisationId: partnership?.partnerOrganisation.id ?? '',
    startedOn: partnership ? formatIsoDateFr(partnership.startedOn) : formatIsoDateFr(today),
    endedOn: partnership?.endedOn ? formatIsoDateFr(partnership.endedOn) : '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const candidates = useQuery(PartnershipCandidatesDocument, { skip: Boolean(partnership) });
  const [save, saving] = useMutation(SavePartnershipDocument, { refetchQueries: 'active' });

  const byPartner = new Map(partnerships.map((p) => [p.partnerOrganisation.id, p]));
  const organisations = [...(candidates.data?.partnerOrganisations ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'fr'),
  );
  const option = (o: (typeof organisations)[number]) => {
    const existing = byPartner.get(o.id);
    const running = existing && isActivePartnership(existing, today);
    return {
      value: o.id,
      label: `${o.name}${o.city ? ` (${o.city})` : ''}${running ? ' — déjà partenaire' : existing ? ' — partenariat terminé, à reprendre' : ''}`,
      disabled: Boolean(running),
    };
  };
  const landlords = organisations.filter((o) => o.kind === 'SOCIAL_LANDLORD').map(option);
  const others = organisations.filter((o) => o.kind !== 'SOCIAL_LANDLORD').map(option);

  const set = (f: Field, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const found: FieldErrors<Field> = {};
    if (!values.partnerOrganisationId) found.partnerOrganisationId = 'choisissez l’organisation partenaire.';
    const started = readDate(values.startedOn, true, '01/01/2026');
    if (started.error) found.startedOn = started.error;
    const ended = readDate(values.endedOn, false, '31/12/2026');
    if (ended.error) found.endedOn = ended.error;
    if (started.value && ended.value && ended.value < started.value)
      found.endedOn = `la fin (${formatIsoDateFr(ended.value)}) précède le début (${formatIsoDateFr(started.value)}).`;
    setErrors(found);
    if (Object.keys(found).length) return;
    // Adding an organisation whose partnership ended resumes that partnership (same record, its version).
    const existing = partnership ?? byPartner.get(values.partnerOrganisationId);
    try {
      const { data } = await save({
        variables: {
          input: {
            partnerOrganisationId: values.partnerOrganisationId,
            startedOn: started.value!,
            endedOn: ended.value,
            version: existing?.version ?? null,
          },
        },
      });
      const name = data?.savePartnership.partnerOrganisation.name ?? '';
      onDone(
        partnership
          ? `Le partenariat avec ${name} est enregistré.`
          : `Le partenariat avec ${name} est enregistré : fixez son objectif d’embauches.`,
      );
    } catch (err) {
      const placed = placeProblem(err, ORDER);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  const title = partnership
    ? `Modifier le partenariat avec ${partnership.partnerOrganisation.name}`
    : 'Ajouter un partenariat';

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          title="Rien n’est enregistré : corrigez ces points"
          items={summaryItems(global, errors, ORDER, LABELS, inputId)}
          focusKey={attempt}
        />
        <Stack gap="sm">
          {partnership ? (
            <Text size="sm">
              <strong>{LABELS.partnerOrganisationId} :</strong> {partnership.partnerOrganisation.name}
            </Text>
          ) : candidates.error ? (
            <Alert color="red" variant="light" role="alert">
              Les organisations partenaires n’ont pas pu être chargées : {problemOf(candidates.error).message}
            </Alert>
          ) : (
            <NativeSelect
              id={inputId('partnerOrganisationId')}
              label={LABELS.partnerOrganisationId}
              description="Les organisations sont créées par l’administration de Tremplin."
              withAsterisk
              required
              data-autofocus
              value={values.partnerOrganisationId}
              onChange={(e) => set('partnerOrganisationId', e.currentTarget.value)}
              error={sentence(errors.partnerOrganisationId)}
              disabled={candidates.loading && !candidates.data}
              data={[
                {
                  value: '',
                  label: candidates.loading && !candidates.data ? 'Chargement…' : 'Choisir l’organisation…',
                },
                ...(landlords.length ? [{ group: 'Bailleurs sociaux', items: landlords }] : []),
                ...(others.length ? [{ group: 'Autres organisations', items: others }] : []),
              ]}
            />
          )}
          <TextInput
            id={inputId('startedOn')}
            label={LABELS.startedOn}
            placeholder="jj/mm/aaaa"
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            required
            data-autofocus={partnership ? true : undefined}
            value={values.startedOn}
            onChange={(e) => set('startedOn', e.currentTarget.value)}
            error={sentence(errors.startedOn)}
          />
          {partnership ? (
            <TextInput
              id={inputId('endedOn')}
              label={LABELS.endedOn}
              description="Laissez vide pour un partenariat en cours ; videz-le pour reprendre un partenariat terminé."
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              autoComplete="off"
              value={values.endedOn}
              onChange={(e) => set('endedOn', e.currentTarget.value)}
              error={sentence(errors.endedOn)}
            />
          ) : null}
        </Stack>
        <Group mt="md" gap="sm" justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={saving.loading}>
            {partnership ? 'Enregistrer le partenariat' : 'Ajouter le partenariat'}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

/** « Mettre fin au partenariat ? »: the end date (today by default), confirmed; needs stay, proposals stop. */
export function EndPartnershipDialog({
  partnership,
  onClose,
  onDone,
}: {
  partnership: Partnership;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const today = todayInParis();
  const [endedOn, setEndedOn] = useState(formatIsoDateFr(today));
  const [error, setError] = useState<string | undefined>();
  const [global, setGlobal] = useState<string | null>(null);
  const [save, saving] = useMutation(SavePartnershipDocument, { refetchQueries: 'active' });
  const name = partnership.partnerOrganisation.name;

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setGlobal(null);
    const ended = readDate(endedOn, true, formatIsoDateFr(today));
    let problem = ended.error;
    if (ended.value && ended.value < partnership.startedOn)
      problem = `la fin (${formatIsoDateFr(ended.value)}) précède le début du partenariat (${formatIsoDateFr(partnership.startedOn)}).`;
    setError(problem);
    if (problem) return;
    try {
      await save({
        variables: {
          input: {
            partnerOrganisationId: partnership.partnerOrganisation.id,
            startedOn: partnership.startedOn,
            endedOn: ended.value,
            version: partnership.version,
          },
        },
      });
      onDone(`Le partenariat avec ${name} prend fin le ${formatIsoDateFr(ended.value!)}.`);
    } catch (err) {
      const placed = placeProblem(err, ['endedOn'] as const);
      setError(placed.errors.endedOn);
      setGlobal(placed.global);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Mettre fin au partenariat avec ${name} ?`}
      centered
      closeButtonProps={{ 'aria-label': 'Fermer sans mettre fin' }}
    >
      <form onSubmit={confirm} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            À partir de cette date, les chargé·es d’insertion ne pourront plus proposer de salarié·es sur les besoins de{' '}
            {name}, et ses besoins n’apparaîtront plus ici. Les propositions déjà faites et les embauches restent
            enregistrées. Vous pourrez reprendre le partenariat en modifiant ses dates.
          </Text>
          {global ? (
            <Alert color="red" variant="light" role="alert">
              {global}
            </Alert>
          ) : null}
          <TextInput
            id={`${id}-endedOn`}
            label="Fin du partenariat"
            placeholder="jj/mm/aaaa"
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            required
            value={endedOn}
            onChange={(e) => {
              setEndedOn(e.currentTarget.value);
              setError(undefined);
            }}
            error={sentence(error)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose} data-autofocus>
              Garder le partenariat
            </Button>
            <Button type="submit" color="red.9" loading={saving.loading}>
              Mettre fin au partenariat
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
