import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { SKILL_LEVEL_LABELS } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import { type FieldErrors, placeProblem, sentence, summaryItems } from '../../partners/forms';
import { RequiredBlockChoiceFragmentDoc } from '../graphql/replacements.generated';
import {
  checkReplacementForm,
  EMPTY_REPLACEMENT_FORM,
  JOB_LABEL_MAX,
  MIN_LEVELS,
  type ReplacementFormValues,
  type SlotField,
  type SlotInput,
} from '../replacement-form';
import { CLEARANCES } from './replacement-format';

type Field = SlotField | 'party';
const ORDER: Field[] = [
  'party',
  'siteId',
  'jobLabel',
  'startsAt',
  'endsAt',
  'minutes',
  'requiredBlockIds',
  'minLevel',
  'requiredClearances',
  'answerBy',
];

export interface FormSite {
  id: string;
  name: string;
  city?: string | null;
}

/** A certification whose blocks a request may require: the masked object its query received (RequiredBlockChoice). */
export type FormCertification = { __typename?: 'Certification'; id: string } & FragmentType<
  typeof RequiredBlockChoiceFragmentDoc
>;

/** The blocks a request may require, one group a certification (read with RequiredBlockChoice, ADR 0013). */
function BlockChoices({
  certifications,
  checked,
  onToggle,
}: {
  certifications: FormCertification[];
  checked: string[];
  onToggle: (blockId: string, on: boolean) => void;
}) {
  const { data, complete } = useFragment({ fragment: RequiredBlockChoiceFragmentDoc, from: certifications });
  if (!complete) return null;
  return data
    .filter((c) => c.blocks.length)
    .map((c) => (
      <Stack key={c.id} gap={4} role="group" aria-label={c.title}>
        <Text size="sm" fw={600}>
          {c.title}
        </Text>
        {c.blocks.map((b) => (
          <Checkbox
            key={b.id}
            label={`${b.code} — ${b.title}`}
            checked={checked.includes(b.id)}
            onChange={(ev) => onToggle(b.id, ev.currentTarget.checked)}
          />
        ))}
      </Stack>
    ));
}

/** The structure (portal) or the partner employer (counsellor) the request is about. */
export interface RequestParty {
  /** The API's field: `structureId` (portal) or `partnerOrganisationId` (counsellor). */
  field: 'structureId' | 'partnerOrganisationId';
  label: string;
  placeholder: string;
  /** What the field says when left empty. */
  missing: string;
  description?: string;
  options: { value: string; label: string }[];
}

/** « Résidence Les Tilleuls, Rouen ». */
export const siteLabel = (s: FormSite) => `${s.name}${s.city ? `, ${s.city}` : ''}`;

/**
 * One request form for the employer (portal) and for the counsellor on its behalf: site, start and end (date and hour;
 * a night ends the next day), hours worked, job, required certification blocks with a minimum level, clearances,
 * answer-by time. Checked before sending (the API's rules); errors next to their field and in a summary; a refusal
 * keeps what was typed. `onSubmit` sends; when it resolves, the form is emptied and `doneText` shown.
 */
export function ReplacementRequestForm({
  name,
  party,
  sitesOf,
  certifications,
  submitLabel,
  doneText,
  loading,
  onSubmit,
}: {
  /** The form's accessible name. */
  name: string;
  party: RequestParty;
  /** The sites offered once `party` is chosen. */
  sitesOf: (party: string) => FormSite[];
  certifications: FormCertification[];
  submitLabel: string;
  doneText?: string;
  loading: boolean;
  onSubmit: (party: string, input: SlotInput) => Promise<unknown>;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const [v, setV] = useState<ReplacementFormValues>(() => ({
    ...EMPTY_REPLACEMENT_FORM,
    party: party.options.length === 1 ? party.options[0].value : '',
  }));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const labels: Record<Field, string> = {
    party: party.label,
    siteId: 'Site',
    jobLabel: 'Poste',
    startsAt: 'Début',
    endsAt: 'Fin',
    minutes: 'Heures travaillées',
    requiredBlockIds: 'Blocs de compétences exigés',
    minLevel: 'Niveau minimum sur chaque bloc exigé',
    requiredClearances: 'Habilitations exigées',
    answerBy: 'Réponse attendue avant',
  };
  const sites = v.party ? sitesOf(v.party) : [];

  const set = <K extends keyof ReplacementFormValues>(k: K, value: ReplacementFormValues[K]) => {
    setV((o) => ({ ...o, [k]: value, ...(k === 'party' ? { siteId: '' } : {}) }));
    const f: Field = k === 'hours' ? 'minutes' : k === 'blockIds' ? 'requiredBlockIds' : (k as Field);
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest);
    setDone(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    setDone(false);
    const checked = checkReplacementForm(v, new Date(), party.missing);
    setErrors(checked.errors);
    if (!checked.input) return;
    try {
      await onSubmit(v.party, checked.input);
      setV({ ...EMPTY_REPLACEMENT_FORM, party: party.options.length === 1 ? v.party : '' });
      setDone(true);
    } catch (err) {
      const placed = placeProblem(err, [...ORDER, party.field]);
      const { [party.field]: partyError, ...rest } = placed.errors as FieldErrors<Field | typeof party.field>;
      setErrors({ ...rest, ...(partyError ? { party: partyError } : {}) });
      setGlobal(placed.global);
    }
  };

  const field = (f: Field) => ({ id: inputId(f), label: labels[f], error: sentence(errors[f]) });
  const text = (f: Exclude<Field, 'requiredBlockIds' | 'requiredClearances'>, key: keyof ReplacementFormValues) => ({
    ...field(f),
    value: v[key] as string,
    autoComplete: 'off',
    onChange: (ev: { currentTarget: { value: string } }) => set(key, ev.currentTarget.value as never),
  });
  const toggle = (key: 'blockIds' | 'clearances', id: string, on: boolean) =>
    set(key, on ? [...v[key], id] : v[key].filter((x) => x !== id));

  return (
    <form onSubmit={submit} noValidate aria-label={name}>
      <ErrorSummary
        title="Rien n’est envoyé : corrigez ces points"
        items={summaryItems(global, errors, ORDER, labels, inputId)}
        focusKey={attempt}
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...text('party', 'party')}
            withAsterisk
            required
            description={party.description}
            data={[{ value: '', label: party.placeholder }, ...party.options]}
          />
          <NativeSelect
            {...text('siteId', 'siteId')}
            withAsterisk
            required
            description={v.party && !sites.length ? 'Aucun site déclaré pour cet employeur.' : undefined}
            data={[
              { value: '', label: 'Choisir le site' },
              ...sites.map((s) => ({ value: s.id, label: siteLabel(s) })),
            ]}
          />
        </SimpleGrid>
        <TextInput
          {...text('jobLabel', 'jobLabel')}
          withAsterisk
          required
          maxLength={JOB_LABEL_MAX}
          placeholder="ex. Veilleur de nuit"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput {...text('startsAt', 'startsAt')} type="datetime-local" withAsterisk required />
          <TextInput
            {...text('endsAt', 'endsAt')}
            type="datetime-local"
            withAsterisk
            required
            description="Une nuit finit le lendemain."
          />
          <TextInput
            {...text('minutes', 'hours')}
            withAsterisk
            required
            inputMode="decimal"
            description="Pauses déduites, par exemple 7,5."
          />
        </SimpleGrid>
        <Fieldset
          legend={labels.requiredBlockIds}
          id={inputId('requiredBlockIds')}
          tabIndex={-1}
          aria-describedby={errors.requiredBlockIds ? `${inputId('requiredBlockIds')}-error` : undefined}
        >
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Facultatif : seules les personnes évaluées au niveau minimum sur chaque bloc coché pourront y aller.
            </Text>
            <BlockChoices
              certifications={certifications}
              checked={v.blockIds}
              onToggle={(id, on) => toggle('blockIds', id, on)}
            />
            {errors.requiredBlockIds ? (
              <Text size="sm" c="red.8" id={`${inputId('requiredBlockIds')}-error`}>
                {sentence(errors.requiredBlockIds)}
              </Text>
            ) : null}
            <NativeSelect
              {...text('minLevel', 'minLevel')}
              data={MIN_LEVELS.map((l) => ({ value: l, label: SKILL_LEVEL_LABELS[l] }))}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={labels.requiredClearances} id={inputId('requiredClearances')} tabIndex={-1}>
          <Stack gap={4}>
            {CLEARANCES.map((c) => (
              <Checkbox
                key={c.code}
                label={c.label}
                checked={v.clearances.includes(c.code)}
                onChange={(ev) => toggle('clearances', c.code, ev.currentTarget.checked)}
              />
            ))}
            {errors.requiredClearances ? (
              <Text size="sm" c="red.8">
                {sentence(errors.requiredClearances)}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        <TextInput
          {...text('answerBy', 'answerBy')}
          type="datetime-local"
          withAsterisk
          required
          description="Avant le début du remplacement."
        />
        {done && doneText ? (
          <Alert color="green" role="status">
            {doneText}
          </Alert>
        ) : null}
        <Button type="submit" loading={loading} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
