import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { parseFrDate, parseHoursToMinutes } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { ApiProblem } from '../../../app/graphql-errors';

/** One field of a record form. Values are typed as text and converted when sent. */
export type FieldSpec = {
  name: string;
  label: string;
  required?: boolean;
  description?: string;
  /** Whole-width field (long texts). */
  wide?: boolean;
} & (
  | { kind: 'text'; maxLength?: number }
  | { kind: 'textarea' }
  | { kind: 'date' }
  | { kind: 'hours' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'select'; options: { value: string; label: string }[]; placeholder?: string }
  | { kind: 'checkbox' }
);

export type FormValues = Record<string, string | boolean>;
export type SubmitValues = Record<string, string | number | boolean | null>;

function initialOf(fields: FieldSpec[], initial: FormValues): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, initial[f.name] ?? (f.kind === 'checkbox' ? false : '')]));
}

/**
 * Converts what was typed: dates jj/mm/aaaa → AAAA-MM-JJ, hours → minutes, empty → null. Returns the field errors
 * of what cannot be read; the server checks the rules themselves and its refusals are shown the same way.
 */
export function convertValues(
  fields: FieldSpec[],
  values: FormValues,
): { values: SubmitValues; errors: Record<string, string> } {
  const out: SubmitValues = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const raw = values[f.name];
    if (f.kind === 'checkbox') {
      out[f.name] = Boolean(raw);
      continue;
    }
    const text = String(raw ?? '').trim();
    if (!text) {
      if (f.required) errors[f.name] = `${f.label} : champ obligatoire.`;
      out[f.name] = null;
      continue;
    }
    if (f.kind === 'date') {
      const iso = parseFrDate(text);
      if (!iso) errors[f.name] = `${f.label} : saisissez une date au format jj/mm/aaaa, par exemple 14/03/2026.`;
      out[f.name] = iso ?? text;
    } else if (f.kind === 'hours') {
      const minutes = parseHoursToMinutes(text);
      if (minutes === null) errors[f.name] = `${f.label} : saisissez des heures, par exemple 35 ou 7 h 30.`;
      out[f.name] = minutes ?? text;
    } else if (f.kind === 'integer') {
      const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isNaN(n)) errors[f.name] = `${f.label} : saisissez un nombre entier.`;
      else if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
        errors[f.name] = `${f.label} : entre ${f.min ?? '…'} et ${f.max ?? '…'}.`;
      out[f.name] = n;
    } else out[f.name] = text;
  }
  return { values: out, errors };
}

export interface RecordFormProps {
  title: string;
  fields: FieldSpec[];
  initial?: FormValues;
  submitLabel: string;
  /** Saves; resolves with the API's refusal, or null when saved. */
  onSubmit: (values: SubmitValues) => Promise<ApiProblem | null>;
  onCancel?: () => void;
  /** Shown above the buttons (live rule hints). */
  hint?: (values: FormValues) => ReactNode;
  /** Extra content inside the form (e.g. a grid), before the buttons. */
  children?: ReactNode;
}

/**
 * A record form: labelled fields, French dates and hours, errors next to their field and in a summary that takes the
 * focus. A refusal never clears what was typed; a success resets the form.
 */
export function RecordForm({
  title,
  fields,
  initial = {},
  submitLabel,
  onSubmit,
  onCancel,
  hint,
  children,
}: RecordFormProps) {
  const idPrefix = useId();
  const inputId = (name: string) => `${idPrefix}-${name}`;
  const [values, setValues] = useState<FormValues>(() => initialOf(fields, initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const set = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const converted = convertValues(fields, values);
    setErrors(converted.errors);
    if (Object.keys(converted.errors).length) return;
    setSaving(true);
    try {
      const refusal = await onSubmit(converted.values);
      if (refusal) {
        const byField: Record<string, string> = {};
        const unplaced: string[] = [];
        for (const fe of refusal.fieldErrors) {
          const field = fields.find((f) => f.name === fe.field || fe.field.startsWith(`${f.name}.`));
          if (field) byField[field.name] = byField[field.name] ? `${byField[field.name]} ${fe.message}` : fe.message;
          else unplaced.push(fe.message);
        }
        setErrors(byField);
        setGlobal(
          Object.keys(byField).length && !unplaced.length
            ? null
            : unplaced.length
              ? unplaced.join(' ')
              : refusal.message,
        );
      } else {
        setValues(initialOf(fields, initial));
        setErrors({});
      }
    } finally {
      setSaving(false);
    }
  };

  const summary = [
    ...(global ? [{ message: global }] : []),
    ...fields
      .filter((f) => errors[f.name])
      .map((f) => ({
        inputId: inputId(f.name),
        message: errors[f.name].startsWith(f.label) ? errors[f.name] : `${f.label} : ${errors[f.name]}`,
      })),
  ];

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Title order={3} size="h5" mb="sm">
          {title}
        </Title>
        <ErrorSummary title="Rien n’est enregistré : corrigez ces points" items={summary} focusKey={attempt} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {fields.map((f) => {
            const common = {
              id: inputId(f.name),
              label: f.label,
              description: f.description,
              error: errors[f.name],
              required: f.required,
              withAsterisk: f.required,
              style: f.wide || f.kind === 'textarea' ? { gridColumn: '1 / -1' } : undefined,
            };
            if (f.kind === 'checkbox')
              return (
                <Checkbox
                  key={f.name}
                  id={common.id}
                  label={f.label}
                  description={f.description}
                  error={errors[f.name]}
                  checked={Boolean(values[f.name])}
                  onChange={(e) => set(f.name, e.currentTarget.checked)}
                  style={{ gridColumn: '1 / -1', alignSelf: 'center' }}
                />
              );
            if (f.kind === 'select')
              return (
                <NativeSelect
                  key={f.name}
                  {...common}
                  value={String(values[f.name])}
                  onChange={(e) => set(f.name, e.currentTarget.value)}
                  data={[{ value: '', label: f.placeholder ?? 'Choisir…' }, ...f.options]}
                />
              );
            if (f.kind === 'textarea')
              return (
                <Textarea
                  key={f.name}
                  {...common}
                  autosize
                  minRows={2}
                  value={String(values[f.name])}
                  onChange={(e) => set(f.name, e.currentTarget.value)}
                />
              );
            return (
              <TextInput
                key={f.name}
                {...common}
                value={String(values[f.name])}
                onChange={(e) => set(f.name, e.currentTarget.value)}
                placeholder={f.kind === 'date' ? 'jj/mm/aaaa' : f.kind === 'hours' ? 'ex. 35 ou 7 h 30' : undefined}
                inputMode={f.kind === 'date' || f.kind === 'integer' ? 'numeric' : undefined}
                autoComplete="off"
                maxLength={f.kind === 'text' ? f.maxLength : undefined}
              />
            );
          })}
        </SimpleGrid>
        {children}
        {hint ? <div>{hint(values)}</div> : null}
        <Group mt="md" gap="sm">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="subtle" onClick={onCancel}>
              Annuler
            </Button>
          ) : null}
        </Group>
      </form>
    </Paper>
  );
}

/** A list with an "Ajouter" button that opens its form in place (and closes it once saved). */
export function RecordSection({
  title,
  addLabel,
  canAdd,
  form,
  children,
}: {
  title: string;
  addLabel: string;
  canAdd: boolean;
  form: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  // The « Ajouter » button disappears once clicked: the focus goes to the form's first field, not to the page.
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [open]);
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {title}
        </Title>
        {canAdd && !open ? (
          <Button variant="outline" size="xs" onClick={() => setOpen(true)}>
            {addLabel}
          </Button>
        ) : null}
      </Group>
      {open ? <div ref={formRef}>{form(() => setOpen(false))}</div> : null}
      {children}
    </Stack>
  );
}
