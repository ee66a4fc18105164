import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
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
import { type ContractCheck, FunderKind, Permission, type StructureKind, TutorSide } from '@tremplin/domain';
import { ErrorSummary, TONES } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { can, useCurrentUser } from '../../../app/auth';
import type { ApiProblem } from '../../../app/graphql-errors';
import { ChecksPanel } from './ChecksPanel';
import {
  boundsHints,
  CONTRACT_FIELD_ORDER,
  type ContractField,
  type ContractFieldSpec,
  type ContractFormValues,
  type ContractInputFields,
  contractSections,
  convertContractValues,
  fieldReadError,
  liveChecks,
  rateHint,
} from '../contract-form-values';
import { ContractFormOptionsDocument, ContractFundersDocument } from '../graphql/contracts.generated';

/** Checks only the server can make (it knows the host tutor's other trainees): kept from the stored contract. */
const SERVER_ONLY_CHECKS = new Set<string>(['HOST_TUTOR_OVERLOADED']);

export interface ContractFormProps {
  title: string;
  initial: ContractFormValues;
  /** The checks the server made on the stored draft (editing); those the browser cannot make are shown too. */
  storedChecks?: ContractCheck[];
  /** Errors to show next to their field as the form opens (a refused deposit). */
  initialErrors?: Partial<Record<ContractField, string>>;
  submitLabel: string;
  onSubmit: (input: ContractInputFields) => Promise<ApiProblem | null>;
  onCancel: () => void;
}

/**
 * The contract form, sectioned like the CERFA 12434. What cannot be read (a date, hours, euros, a SIRET) stops the
 * save and shows next to its field; the legal rules are computed live in the browser with the server's own rules
 * (`checkContract`) and shown next to their field and in a panel, without ever stopping the save of a draft: they
 * only stop the deposit to the OPCO.
 */
export function ContractForm({
  title,
  initial,
  storedChecks = [],
  initialErrors = {},
  submitLabel,
  onSubmit,
  onCancel,
}: ContractFormProps) {
  const user = useCurrentUser();
  const idPrefix = useId();
  const inputId = (name: string) => `${idPrefix}-${name}`;
  const structureKind = (user.structure?.kind as StructureKind | undefined) ?? null;
  const options = useQuery(ContractFormOptionsDocument);
  const funders = useQuery(ContractFundersDocument, { skip: !can(user, Permission.FUNDING_READ) });

  const [values, setValues] = useState<ContractFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<ContractField, string>>>(initialErrors);
  const [touched, setTouched] = useState<Set<ContractField>>(
    () => new Set(Object.keys(initialErrors) as ContractField[]),
  );
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [showAllChecks, setShowAllChecks] = useState(Object.keys(initialErrors).length > 0 || storedChecks.length > 0);

  const sections = useMemo(() => {
    const tutors = options.data?.tutors ?? [];
    const tutorOption = (t: (typeof tutors)[number]) => ({
      value: t.id,
      label: `${t.fullName}${t.partnerOrganisation ? ` — ${t.partnerOrganisation.name}` : ''}${t.jobTitle ? ` (${t.jobTitle})` : ''}`,
    });
    const opcos = (funders.data?.funders ?? []).filter((f) => f.kind === FunderKind.OPCO);
    // A stored choice that is no longer listed (a tutor of another side, a funder out of reach) stays selectable.
    return contractSections({
      certifications: (options.data?.certifications ?? []).map((c) => ({
        value: c.id,
        label: `${c.title}${c.rncpCode ? ` · RNCP ${c.rncpCode}` : ''} · niveau ${c.level}`,
      })),
      structureTutors: tutors.filter((t) => t.side === TutorSide.STRUCTURE).map(tutorOption),
      hostTutors: tutors.filter((t) => t.side === TutorSide.HOST).map(tutorOption),
      opcos: opcos.map((f) => ({ value: f.id, label: f.name })),
    });
  }, [options.data, funders.data]);
  const opcoRates = useMemo(
    () => new Map((funders.data?.funders ?? []).map((f) => [f.id, f.hourlyRateCents ?? null])),
    [funders.data],
  );

  const dirty = CONTRACT_FIELD_ORDER.some((f) => values[f] !== initial[f]);
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

  const browserChecks = liveChecks(values, structureKind);
  const serverOnly = storedChecks.filter(
    (c) => SERVER_ONLY_CHECKS.has(c.code) && values.hostTutorId === initial.hostTutorId,
  );
  const checks = browserChecks ? [...browserChecks, ...serverOnly] : null;
  const hints = boundsHints(values);
  const rate = rateHint(values, opcoRates);

  const set = (name: ContractField, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
  };
  const leave = (spec: ContractFieldSpec) => {
    setTouched((t) => (t.has(spec.name) ? t : new Set(t).add(spec.name)));
    const message = fieldReadError(spec, values[spec.name]);
    // Only what was typed and cannot be read is said on leaving; an empty required field waits for the save.
    if (message && String(values[spec.name]).trim()) setErrors((e) => ({ ...e, [spec.name]: message }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    setShowAllChecks(true);
    const converted = convertContractValues(values, sections);
    setErrors(converted.errors);
    if (!converted.input) return;
    setSaving(true);
    try {
      const refusal = await onSubmit(converted.input);
      if (!refusal) return;
      const byField: Partial<Record<ContractField, string>> = {};
      const unplaced: string[] = [];
      for (const fe of refusal.fieldErrors) {
        const name = CONTRACT_FIELD_ORDER.find((f) => fe.field === f || fe.field.startsWith(`${f}.`));
        if (name) byField[name] = byField[name] ? `${byField[name]} ${fe.message}` : fe.message;
        else unplaced.push(fe.message);
      }
      setErrors(byField);
      setGlobal(unplaced.length ? unplaced.join(' ') : Object.keys(byField).length ? null : refusal.message);
    } finally {
      setSaving(false);
    }
  };

  const labelOf = (name: string) => sections.flatMap((s) => s.fields).find((f) => f.name === name)?.label ?? name;
  const summary = [
    ...(global ? [{ message: global }] : []),
    ...CONTRACT_FIELD_ORDER.filter((f) => errors[f]).map((f) => ({
      inputId: inputId(f),
      message: errors[f]!.startsWith(labelOf(f)) ? errors[f]! : `${labelOf(f)} : ${errors[f]}`,
    })),
  ];

  const checksOf = (name: ContractField) =>
    (checks ?? []).filter((c) => c.field === name && (showAllChecks || touched.has(name)));

  const renderField = (spec: ContractFieldSpec) => {
    const fieldChecks = checksOf(spec.name);
    const ruleErrors = fieldChecks.filter((c) => c.severity === 'ERROR').map((c) => c.message);
    const ruleWarnings = fieldChecks.filter((c) => c.severity !== 'ERROR').map((c) => c.message);
    // A field that cannot be read says so; otherwise the legal rules it breaks, next to it.
    const error = errors[spec.name] ?? (ruleErrors.length ? ruleErrors.join(' ') : undefined);
    const hint = spec.name === 'hourlyRateCents' ? rate : hints[spec.name];
    const description =
      [spec.description, hint].filter(Boolean).join(' ') +
      (ruleWarnings.length ? ` À vérifier : ${ruleWarnings.join(' ')}` : '');
    const common = {
      id: inputId(spec.name),
      label: spec.label,
      description: description || undefined,
      error,
      required: spec.required,
      withAsterisk: spec.required,
      style: spec.wide ? { gridColumn: '1 / -1' } : undefined,
      onBlur: () => leave(spec),
      styles: ruleWarnings.length ? { description: { color: TONES.warning } } : undefined,
    };
    if (spec.kind === 'checkbox')
      return (
        <Checkbox
          key={spec.name}
          id={common.id}
          label={spec.label}
          description={common.description}
          error={error}
          checked={Boolean(values[spec.name])}
          onChange={(e) => set(spec.name, e.currentTarget.checked)}
          onBlur={common.onBlur}
          style={{ gridColumn: '1 / -1', alignSelf: 'center' }}
        />
      );
    if (spec.kind === 'select') {
      const current = String(values[spec.name]);
      const listed = spec.options ?? [];
      const data = [
        { value: '', label: spec.placeholder ?? 'Choisir…' },
        ...listed,
        ...(current && !listed.some((o) => o.value === current) ? [{ value: current, label: 'Choix enregistré' }] : []),
      ];
      return (
        <NativeSelect
          key={spec.name}
          {...common}
          value={current}
          onChange={(e) => set(spec.name, e.currentTarget.value)}
          data={data}
        />
      );
    }
    return (
      <TextInput
        key={spec.name}
        {...common}
        value={String(values[spec.name])}
        onChange={(e) => set(spec.name, e.currentTarget.value)}
        placeholder={
          spec.kind === 'date'
            ? 'jj/mm/aaaa'
            : spec.kind === 'hours'
              ? 'ex. 350 h 30'
              : spec.kind === 'euros'
                ? spec.name === 'hourlyRateCents'
                  ? 'ex. 9,15'
                  : 'ex. 1 801,80'
                : undefined
        }
        inputMode={
          spec.kind === 'date' || spec.kind === 'integer' || spec.kind === 'siret'
            ? 'numeric'
            : spec.kind === 'euros' || spec.kind === 'hours'
              ? 'decimal'
              : undefined
        }
        rightSection={spec.kind === 'euros' ? <span aria-hidden="true">€</span> : undefined}
        autoComplete="off"
        maxLength={spec.maxLength ?? (spec.kind === 'siret' ? 20 : undefined)}
      />
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Title order={3} size="h5" mb={4}>
          {title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Le brouillon s’enregistre même si des contrôles légaux sont en erreur : ils n’empêchent que le dépôt à l’OPCO.
        </Text>
        <ErrorSummary
          title="Rien n’est enregistré : corrigez ces points (votre saisie est conservée)"
          items={summary}
          focusKey={attempt}
        />
        <Stack gap="md">
          {sections.map((section) => (
            <Fieldset key={section.key} legend={section.title} p="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {section.fields.map(renderField)}
              </SimpleGrid>
            </Fieldset>
          ))}
          <ChecksPanel
            checks={checks}
            fieldLabel={labelOf}
            inputId={(field) => (CONTRACT_FIELD_ORDER.includes(field as ContractField) ? inputId(field) : undefined)}
            pending={
              structureKind
                ? 'Les contrôles légaux s’affichent dès que les dates, la durée hebdomadaire et les heures de formation sont lisibles.'
                : 'Les contrôles légaux dépendent du type de structure, inconnu pour votre compte : ils seront faits au dépôt.'
            }
          />
        </Stack>
        <Group mt="md" gap="sm">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Annuler
          </Button>
          {dirty ? (
            <Text size="sm" c={TONES.warning}>
              Modifications non enregistrées
            </Text>
          ) : null}
        </Group>
      </form>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Quitter sans enregistrer le contrat ?"
        centered
        closeButtonProps={{ 'aria-label': 'Fermer et rester sur le contrat' }}
      >
        <Text size="sm" mb="md">
          Le contrat en cours de saisie n’est pas enregistré. Si vous quittez, vos modifications seront perdues.
        </Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => blocker.reset?.()} data-autofocus>
            Rester sur le contrat
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            Quitter sans enregistrer
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
