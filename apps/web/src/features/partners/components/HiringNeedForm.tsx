import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { formatIsoDateFr, HIRING_NEED_STATUS_LABELS, HiringNeedStatus } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import type { PartnerHiringNeedFieldsFragment } from '../../../gql/graphql';
import type { ListedPartnership } from './PartnershipForm';
import { type FieldErrors, placeProblem, readDate, readWholeNumber, sentence, summaryItems } from '../forms';
import { CreateHiringNeedDocument, UpdateHiringNeedDocument } from '../graphql/partners.generated';

type Need = PartnerHiringNeedFieldsFragment;
type Partnership = ListedPartnership;
type Field = 'partnerOrganisationId' | 'siteId' | 'jobTitle' | 'positions' | 'startDate' | 'requirements' | 'status';
const ORDER: Field[] = [
  'partnerOrganisationId',
  'siteId',
  'jobTitle',
  'positions',
  'startDate',
  'requirements',
  'status',
];
const LABELS: Record<Field, string> = {
  partnerOrganisationId: 'Employeur partenaire',
  siteId: 'Site',
  jobTitle: 'Poste',
  positions: 'Nombre de postes',
  startDate: 'Date de prise de poste',
  requirements: 'Exigences (facultatif)',
  status: 'Statut',
};
const JOB_TITLE_MAX = 200;
const REQUIREMENTS_MAX = 2000;
const MAX_POSITIONS = 999;

/**
 * « Ajouter un besoin » / « Modifier le besoin »: a hiring need of a partner, entered by the structure (the landlord
 * enters its own on the portal). The status closes a need, or reopens it. Errors next to their field; a refusal
 * keeps what was typed.
 */
export function HiringNeedForm({
  need,
  partnerships,
  partnerOrganisationId,
  onClose,
  onDone,
}: {
  need?: Need;
  /** The structure's running partnerships: a need is entered only for one of them. */
  partnerships: Partnership[];
  /** Preselected partner (« Nouveau besoin » from a partner's card). */
  partnerOrganisationId?: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    partnerOrganisationId:
      need?.partnerOrganisation.id ??
      partnerOrganisationId ??
      (partnerships.length === 1 ? partnerships[0].partnerOrganisation.id : ''),
    siteId: need?.site?.id ?? '',
    jobTitle: need?.jobTitle ?? '',
    positions: need ? String(need.positions) : '1',
    startDate: need ? formatIsoDateFr(need.startDate) : '',
    requirements: need?.requirements ?? '',
    status: need?.status ?? HiringNeedStatus.OPEN,
  }));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [create, creating] = useMutation(CreateHiringNeedDocument, { refetchQueries: 'active' });
  const [update, updating] = useMutation(UpdateHiringNeedDocument, { refetchQueries: 'active' });

  const partnership = partnerships.find((p) => p.partnerOrganisation.id === values.partnerOrganisationId);
  const sites = partnership?.sites ?? (need?.site ? [need.site] : []);

  const set = (f: Field, value: string) => {
    setValues((v) => ({ ...v, [f]: value, ...(f === 'partnerOrganisationId' ? { siteId: '' } : {}) }));
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const found: FieldErrors<Field> = {};
    if (!values.partnerOrganisationId) found.partnerOrganisationId = 'choisissez l’employeur partenaire.';
    const jobTitle = values.jobTitle.trim();
    if (!jobTitle) found.jobTitle = 'champ obligatoire.';
    else if (jobTitle.length > JOB_TITLE_MAX)
      found.jobTitle = `${JOB_TITLE_MAX} caractères au plus (saisis : ${jobTitle.length}).`;
    const positions = readWholeNumber(values.positions);
    if (!values.positions.trim()) found.positions = 'champ obligatoire.';
    else if (positions === null || positions < 1 || positions > MAX_POSITIONS)
      found.positions = `saisissez un nombre entier de postes, de 1 à ${MAX_POSITIONS}.`;
    const start = readDate(values.startDate, true);
    if (start.error) found.startDate = start.error;
    const requirements = values.requirements.trim();
    if (requirements.length > REQUIREMENTS_MAX)
      found.requirements = `${REQUIREMENTS_MAX} caractères au plus (saisis : ${requirements.length}).`;
    setErrors(found);
    if (Object.keys(found).length) return;
    const common = {
      siteId: values.siteId || null,
      jobTitle,
      positions: positions!,
      startDate: start.value!,
      requirements: requirements || null,
    };
    try {
      if (need) {
        await update({
          variables: { input: { id: need.id, version: need.version, status: values.status, ...common } },
        });
        onDone(`Le besoin « ${jobTitle} » est enregistré.`);
      } else {
        await create({ variables: { input: { partnerOrganisationId: values.partnerOrganisationId, ...common } } });
        onDone(
          `Le besoin « ${jobTitle} » de ${partnership?.partnerOrganisation.name ?? 'l’employeur'} est ajouté : les chargé·es d’insertion peuvent y proposer des salarié·es.`,
        );
      }
    } catch (err) {
      const placed = placeProblem(err, ORDER);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  const text = (f: Field) => ({
    id: inputId(f),
    label: LABELS[f],
    value: values[f],
    error: sentence(errors[f]),
    autoComplete: 'off',
    onChange: (ev: { currentTarget: { value: string } }) => set(f, ev.currentTarget.value),
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={need ? `Modifier le besoin « ${need.jobTitle} »` : 'Ajouter un besoin'}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          title="Rien n’est enregistré : corrigez ces points"
          items={summaryItems(global, errors, ORDER, LABELS, inputId)}
          focusKey={attempt}
        />
        <Stack gap="sm">
          {need ? (
            <Text size="sm">
              <strong>{LABELS.partnerOrganisationId} :</strong> {need.partnerOrganisation.name}
            </Text>
          ) : (
            <NativeSelect
              {...text('partnerOrganisationId')}
              withAsterisk
              required
              data-autofocus={!values.partnerOrganisationId || undefined}
              description="Un employeur avec qui la structure a un partenariat en cours."
              data={[
                { value: '', label: partnerships.length ? 'Choisir l’employeur…' : 'Aucun partenariat en cours' },
                ...partnerships.map((p) => ({ value: p.partnerOrganisation.id, label: p.partnerOrganisation.name })),
              ]}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              {...text('jobTitle')}
              withAsterisk
              required
              maxLength={JOB_TITLE_MAX}
              placeholder="ex. Gardien·ne d’immeuble"
              data-autofocus={values.partnerOrganisationId || need ? true : undefined}
              style={{ gridColumn: '1 / -1' }}
            />
            <NativeSelect
              {...text('siteId')}
              description={
                values.partnerOrganisationId && !sites.length ? 'Cet employeur n’a déclaré aucun site.' : undefined
              }
              data={[
                { value: '', label: 'Sans site précis' },
                ...sites.map((s) => ({ value: s.id, label: s.city ? `${s.name} (${s.city})` : s.name })),
              ]}
            />
            <TextInput {...text('positions')} withAsterisk required inputMode="numeric" />
            <TextInput {...text('startDate')} withAsterisk required placeholder="jj/mm/aaaa" inputMode="numeric" />
            {need ? (
              <NativeSelect
                {...text('status')}
                description={
                  values.status === HiringNeedStatus.OPEN
                    ? 'Ouvert : les chargé·es d’insertion peuvent y proposer des salarié·es.'
                    : 'Plus aucune proposition possible ; vous pourrez le rouvrir.'
                }
                data={Object.values(HiringNeedStatus).map((s) => ({ value: s, label: HIRING_NEED_STATUS_LABELS[s] }))}
              />
            ) : null}
          </SimpleGrid>
          <Textarea
            {...text('requirements')}
            description="Ce que le poste demande : certification, permis, horaires… L’employeur le voit aussi."
            autosize
            minRows={2}
            maxLength={REQUIREMENTS_MAX}
          />
        </Stack>
        <Group mt="md" gap="sm" justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {need ? 'Enregistrer le besoin' : 'Ajouter le besoin'}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
