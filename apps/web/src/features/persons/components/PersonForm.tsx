import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ageOn, parseFrDate, parseIsoDate, PERSON_SEX_LABELS, PersonSex, todayInParis } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import type { ApiProblem } from '../../../app/graphql-errors';
import { CounsellorsDocument } from '../graphql/persons.generated';
import {
  checkPersonForm,
  PERSON_FIELD_LABELS,
  PERSON_FIELD_ORDER,
  type PersonField,
  type PersonFormValues,
} from '../person-form-values';

const inputId = (field: string) => `person-${field}`;

export interface PersonFormProps {
  initial: PersonFormValues;
  submitLabel: string;
  /** Saves; resolves with the API's refusal, or `null` when saved. */
  onSubmit: (values: PersonFormValues) => Promise<ApiProblem | null>;
  /** Shown next to the conflict message: reloads the record (what was typed stays on screen until then). */
  onReload?: () => void;
  cancel?: ReactNode;
}

/**
 * The person's identity form. Errors show next to their field and in a summary that takes the focus; what was
 * typed is never cleared by a refusal; leaving with unsaved changes asks first.
 */
export function PersonForm({ initial, submitLabel, onSubmit, onReload, cancel }: PersonFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<PersonField, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const counsellors = useQuery(CounsellorsDocument);

  const dirty = PERSON_FIELD_ORDER.some((f) => values[f] !== initial[f]);
  // Leaving the page or the tab would drop what was typed: ask first.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !saving &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const set = (field: PersonField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const checkOne = (field: PersonField) => {
    const message = checkPersonForm(values)[field];
    setErrors((e) => {
      const { [field]: _old, ...rest } = e;
      return message && values[field].trim() !== '' ? { ...rest, [field]: message } : rest;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const found = checkPersonForm(values);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const refusal = await onSubmit(values);
      if (refusal) {
        setErrors(
          Object.fromEntries(refusal.fieldErrors.map((f) => [f.field, f.message])) as Partial<
            Record<PersonField, string>
          >,
        );
        setProblem(refusal);
      }
    } finally {
      setSaving(false);
    }
  };

  const iso = parseFrDate(values.birthDate);
  const ageHint =
    iso && parseIsoDate(iso) && !errors.birthDate && iso <= todayInParis()
      ? `${ageOn(iso, todayInParis())} ans aujourd’hui`
      : undefined;
  const summary = [
    ...(problem && !problem.fieldErrors.length ? [{ message: problem.message }] : []),
    ...PERSON_FIELD_ORDER.filter((f) => errors[f]).map((f) => ({
      inputId: inputId(f),
      message: `${PERSON_FIELD_LABELS[f]} : ${errors[f]}`,
    })),
  ];
  const field = (
    name: PersonField,
    extra: {
      required?: boolean;
      type?: string;
      autoComplete?: string;
      description?: string;
      inputMode?: 'numeric' | 'tel' | 'email';
      placeholder?: string;
    } = {},
  ) => (
    <TextInput
      id={inputId(name)}
      label={PERSON_FIELD_LABELS[name]}
      value={values[name]}
      onChange={(e) => set(name)(e.currentTarget.value)}
      onBlur={() => checkOne(name)}
      error={errors[name]}
      withAsterisk={extra.required}
      required={extra.required}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      description={extra.description}
      inputMode={extra.inputMode}
      placeholder={extra.placeholder}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Fiche de la personne">
      {problem?.code === 'CONFLICT' ? (
        <Alert color="warning" role="alert" title="Fiche modifiée entre-temps" mb="md">
          <Stack gap="xs">
            <Text size="sm">{problem.message}</Text>
            <Text size="sm">Vos saisies sont toujours affichées ci-dessous : notez-les avant de recharger.</Text>
            {onReload ? (
              <div>
                <Button variant="outline" color="warning.9" size="xs" onClick={onReload}>
                  Recharger la fiche
                </Button>
              </div>
            ) : null}
          </Stack>
        </Alert>
      ) : (
        <ErrorSummary title="La fiche n’est pas enregistrée : corrigez ces points" items={summary} focusKey={attempt} />
      )}

      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Identité
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {field('firstName', { required: true, autoComplete: 'off' })}
            {field('lastName', { required: true, autoComplete: 'off' })}
            {field('birthDate', {
              required: true,
              description: ageHint ?? 'Format jj/mm/aaaa',
              inputMode: 'numeric',
              placeholder: 'jj/mm/aaaa',
            })}
            <NativeSelect
              id={inputId('sex')}
              label={PERSON_FIELD_LABELS.sex}
              description="Repris dans le genre des participant·es FSE+ et les indicateurs par sexe."
              value={values.sex}
              onChange={(e) => set('sex')(e.currentTarget.value)}
              error={errors.sex}
              data={[
                { value: '', label: 'Non renseigné' },
                ...Object.values(PersonSex).map((s) => ({ value: s, label: PERSON_SEX_LABELS[s] })),
              ]}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Coordonnées
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {field('email', { type: 'email', inputMode: 'email' })}
            {field('phone', { type: 'tel', inputMode: 'tel' })}
            {field('addressLine')}
            {field('postalCode', { inputMode: 'numeric' })}
            {field('city')}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Accompagnement
          </Title>
          <NativeSelect
            id={inputId('counsellorId')}
            label={PERSON_FIELD_LABELS.counsellorId}
            value={values.counsellorId}
            onChange={(e) => set('counsellorId')(e.currentTarget.value)}
            error={errors.counsellorId}
            maw={360}
            data={[
              { value: '', label: 'Non attribué·e' },
              ...(counsellors.data?.counsellors ?? []).map((c) => ({ value: c.id, label: c.fullName })),
            ]}
          />
        </Paper>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {cancel}
        </Group>
      </Stack>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Quitter sans enregistrer ?"
        centered
        closeButtonProps={{ 'aria-label': 'Fermer et rester sur la fiche' }}
      >
        <Text size="sm" mb="md">
          Vos modifications de cette fiche ne sont pas enregistrées. Si vous quittez la page, elles seront perdues.
        </Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => blocker.reset?.()} data-autofocus>
            Rester sur la fiche
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            Quitter sans enregistrer
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
