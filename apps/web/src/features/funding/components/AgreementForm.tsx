import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  formatCents,
  FUNDING_INDICATOR_LABELS,
  FUNDING_SOURCE_KIND_LABELS,
  FundingIndicator,
  FundingSourceKind,
} from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import {
  AGREEMENT_FIELD_LABELS,
  AGREEMENT_FIELD_ORDER,
  type AgreementField,
  type AgreementFormValues,
  type AgreementTextField,
  agreementFormValues,
  convertAgreementValues,
  type EditedAgreement,
  type FunderOption,
} from '../agreement-form-values';
import { CreateFundingAgreementDocument, UpdateFundingAgreementDocument } from '../graphql/funding.generated';
import { bpToInput, centsToEurosInput, formatHourlyRate, parseEurosToCents, parsePercentToBp } from '@tremplin/domain';

/** An error under its field reads as a sentence: « Champ obligatoire. » (the summary says « Intitulé : champ obligatoire. »). */
function sentence(message: string | undefined): string | undefined {
  return message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;
}

/**
 * « Nouvelle convention » / « Modifier la convention »: funder, reference, period, amount in euros (sent in cents), the
 * co-financing rate in % (sent in basis points), the value of an hour, what it funds, its scope and indicators.
 * Errors next to their field and in a summary that takes the focus; a refusal keeps everything typed.
 */
export function AgreementForm({
  funders,
  agreement,
  funderId,
  onDone,
  onCancel,
}: {
  funders: FunderOption[];
  agreement?: EditedAgreement;
  /** Preselected funder (« Nouvelle convention » from a funder's card). */
  funderId?: string;
  onDone: (saved: { id: string; reference: string }) => void;
  onCancel: () => void;
}) {
  const idPrefix = useId();
  const inputId = (f: AgreementField) => `${idPrefix}-${f}`;
  const [values, setValues] = useState<AgreementFormValues>(() => agreementFormValues(agreement, funderId, funders));
  const [errors, setErrors] = useState<Partial<Record<AgreementField, string>>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [create] = useMutation(CreateFundingAgreementDocument, { refetchQueries: 'active' });
  const [update] = useMutation(UpdateFundingAgreementDocument, { refetchQueries: 'active' });
  const funder = funders.find((f) => f.id === values.funderId);

  const set = <F extends AgreementField>(name: F, value: AgreementFormValues[F]) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const chooseFunder = (id: string) => {
    set('funderId', id);
    // An OPCO's rate is the value of an hour of its agreements: offered, never forced.
    const chosen = funders.find((f) => f.id === id);
    if (chosen?.hourlyRateCents && !values.hourlyRateCents.trim())
      setValues((v) => ({ ...v, funderId: id, hourlyRateCents: centsToEurosInput(chosen.hourlyRateCents) }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const { input, errors: found } = convertAgreementValues(values);
    setErrors(found);
    if (!input) return;
    setSaving(true);
    try {
      if (agreement) {
        const { data } = await update({
          variables: { input: { id: agreement.id, version: agreement.version, ...input } },
        });
        onDone({ id: agreement.id, reference: data?.updateFundingAgreement.reference ?? input.reference });
      } else {
        const { data } = await create({ variables: { input } });
        onDone({ id: data?.createFundingAgreement.id ?? '', reference: input.reference });
      }
    } catch (err) {
      const problem = problemOf(err);
      const byField: Partial<Record<AgreementField, string>> = {};
      const unplaced: string[] = [];
      for (const fe of problem.fieldErrors) {
        const field = AGREEMENT_FIELD_ORDER.find(
          (f) => fe.field === f || fe.field.startsWith(`${f}.`) || fe.field.startsWith(`${f}[`),
        );
        if (field) byField[field] = byField[field] ? `${byField[field]} ${fe.message}` : fe.message;
        else unplaced.push(fe.message);
      }
      setErrors(byField);
      setGlobal(unplaced.length ? unplaced.join(' ') : Object.keys(byField).length ? null : problem.message);
    } finally {
      setSaving(false);
    }
  };

  const summary = [
    ...(global ? [{ message: global }] : []),
    ...AGREEMENT_FIELD_ORDER.filter((f) => errors[f]).map((f) => ({
      inputId: f === 'sourceKinds' || f === 'indicators' ? `${inputId(f)}-0` : inputId(f),
      message: `${AGREEMENT_FIELD_LABELS[f]} : ${errors[f]}`,
    })),
  ];

  const text = (
    f: AgreementTextField,
    extra: { description?: ReactNode; placeholder?: string; required?: boolean } = {},
  ) => ({
    id: inputId(f),
    label: AGREEMENT_FIELD_LABELS[f],
    value: values[f],
    error: sentence(errors[f]),
    required: extra.required,
    withAsterisk: extra.required,
    description: extra.description,
    placeholder: extra.placeholder,
    autoComplete: 'off',
    onChange: (ev: { currentTarget: { value: string } }) => set(f, ev.currentTarget.value),
  });

  const amount = parseEurosToCents(values.amountGrantedCents);
  const rate = parsePercentToBp(values.coFinancingRateBp);

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={agreement ? 'Modifier la convention' : 'Nouvelle convention'}
    >
      <form onSubmit={submit} noValidate>
        <Title order={2} size="h4" mb="sm">
          {agreement ? `Modifier la convention ${agreement.reference}` : 'Nouvelle convention'}
        </Title>
        <ErrorSummary title="Rien n’est enregistré : corrigez ces points" items={summary} focusKey={attempt} />
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...text('funderId', { required: true })}
              onChange={(ev) => chooseFunder(ev.currentTarget.value)}
              data={[
                { value: '', label: funders.length ? 'Choisir le financeur…' : 'Créez d’abord un financeur' },
                ...funders.map((f) => ({ value: f.id, label: `${f.name} (${f.kindLabel})` })),
              ]}
            />
            <TextInput
              {...text('reference', {
                required: true,
                description: 'Unique dans la structure, par exemple « FSE-2026-017 ».',
              })}
              maxLength={100}
            />
            <TextInput
              {...text('title', { required: true, description: 'Par exemple « Accompagnement renforcé 2026 ».' })}
              maxLength={200}
              style={{ gridColumn: '1 / -1' }}
            />
            <TextInput {...text('startDate', { required: true, placeholder: 'jj/mm/aaaa' })} inputMode="numeric" />
            <TextInput {...text('endDate', { required: true, placeholder: 'jj/mm/aaaa' })} inputMode="numeric" />
            <TextInput
              {...text('amountGrantedCents', {
                required: true,
                placeholder: 'ex. 45 000',
                description:
                  amount !== null && values.amountGrantedCents.trim() ? `soit ${formatCents(amount)}` : undefined,
              })}
              inputMode="decimal"
            />
            <TextInput
              {...text('coFinancingRateBp', {
                required: true,
                description:
                  rate !== null && rate <= 10000
                    ? `Le financeur paie ${bpToInput(rate)} % du coût éligible imputé.`
                    : 'Part du coût éligible que le financeur paie.',
              })}
              inputMode="decimal"
            />
            <TextInput
              {...text('hourlyRateCents', {
                placeholder: 'ex. 9,15',
                description: funder?.hourlyRateCents
                  ? `Forfait du financeur : ${formatHourlyRate(funder.hourlyRateCents)}. Valorise les heures de formation, de mission et d’accompagnement imputées.`
                  : 'Valorise les heures imputées (formation, missions) ; vide si la convention compte les heures sans les valoriser.',
              })}
              inputMode="decimal"
            />
          </SimpleGrid>

          <Checkbox.Group
            label={AGREEMENT_FIELD_LABELS.sourceKinds}
            description="Seules ces natures pourront être imputées à la convention."
            value={values.sourceKinds}
            onChange={(v) => set('sourceKinds', v)}
            error={sentence(errors.sourceKinds)}
            withAsterisk
          >
            <Group gap="md" mt={6} wrap="wrap">
              {Object.values(FundingSourceKind).map((k, i) => (
                <Checkbox
                  key={k}
                  id={`${inputId('sourceKinds')}-${i}`}
                  value={k}
                  label={FUNDING_SOURCE_KIND_LABELS[k]}
                />
              ))}
            </Group>
          </Checkbox.Group>

          <Textarea
            {...text('scope', { description: 'Tel qu’écrit dans la convention.' })}
            autosize
            minRows={2}
            onChange={(ev) => set('scope', ev.currentTarget.value)}
          />

          <Checkbox.Group
            label={AGREEMENT_FIELD_LABELS.indicators}
            description="Ils seront repris dans les bilans de la convention."
            value={values.indicators}
            onChange={(v) => set('indicators', v)}
            error={sentence(errors.indicators)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {Object.values(FundingIndicator).map((k, i) => (
                <Checkbox key={k} id={`${inputId('indicators')}-${i}`} value={k} label={FUNDING_INDICATOR_LABELS[k]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>

          {agreement ? (
            <Text size="sm" c="dimmed">
              La période et ce que la convention finance ne peuvent pas exclure des imputations déjà faites :
              retirez-les d’abord.
            </Text>
          ) : null}
        </Stack>
        <Group mt="md" gap="sm">
          <Button type="submit" loading={saving}>
            {agreement ? 'Enregistrer la convention' : 'Créer la convention'}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Annuler
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
