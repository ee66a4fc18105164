import { Button, Fieldset, Grid, Group, NativeSelect, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import {
  checkCriteriaCompatibility,
  checkEligibility,
  DiagnosisAuthor,
  diagnosisValidUntil,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterionCode,
  formatIsoDateFr,
  parseFrDate,
  proofExpiresOn,
  requiredLevel2Count,
  StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ApiProblem } from '../../../app/graphql-errors';
import { aStructureKindName, TONE_OK, TONE_WARN } from '../intake-helpers';

export interface DiagnosisValues {
  author: DiagnosisAuthor;
  authorName: string;
  diagnosedOn: string;
  criteria: { code: EligibilityCriterionCode; proofReference: string | null; proofDate: string }[];
}

interface Row {
  key: number;
  code: string;
  proofReference: string;
  proofDate: string;
}

/** Who made it, with its validity (a GEIQ's own diagnosis is valid 6 months: docs/domain/eligibility.md). */
const authorOptions = (kind: StructureKind) => [
  { value: DiagnosisAuthor.PRESCRIBER, label: 'Prescripteur habilité (6 mois)' },
  {
    value: DiagnosisAuthor.EMPLOYER,
    label: `Structure, auto-prescription (${kind === StructureKind.GEIQ ? '6 mois' : '92 jours'})`,
  },
];

let rowSeq = 0;
const newRow = (): Row => ({ key: ++rowSeq, code: '', proofReference: '', proofDate: '' });

const CODES = Object.keys(ELIGIBILITY_CRITERIA) as EligibilityCriterionCode[];
const ROW_FIELDS = {
  code: 'critère',
  proofReference: 'référence du justificatif',
  proofDate: 'date du justificatif',
} as const;
type RowField = keyof typeof ROW_FIELDS;

function criterionLabel(code: EligibilityCriterionCode): string {
  const c = ELIGIBILITY_CRITERIA[code];
  return c.sensitive ? `${c.label} — donnée sensible` : c.label;
}

function criterionOptions(kind: StructureKind, taken: Set<string>) {
  const required = requiredLevel2Count(kind);
  const items = (level: 1 | 2) =>
    CODES.filter((c) => ELIGIBILITY_CRITERIA[c].level === level).map((c) => ({
      value: c,
      label: criterionLabel(c),
      disabled: taken.has(c),
    }));
  return [
    { value: '', label: 'Choisir un critère…' },
    { group: 'Niveau 1 — un seul suffit', items: items(1) },
    { group: required ? `Niveau 2 — il en faut ${required}` : 'Niveau 2', items: items(2) },
  ];
}

/** The live answer to « is this set of criteria enough here? », worded like the API's refusal. */
function eligibilityHint(
  kind: StructureKind,
  codes: EligibilityCriterionCode[],
  author: DiagnosisAuthor | '',
): { ok: boolean; text: string } | null {
  const unique = [...new Set(codes)];
  if (!unique.length) return null;
  const incompatible = checkCriteriaCompatibility(unique);
  if (incompatible) return { ok: false, text: incompatible };
  // The count binds the structure's own diagnosis, not an authorised prescriber's (docs/domain/eligibility.md).
  const check = checkEligibility(kind, unique, DiagnosisAuthor.EMPLOYER);
  const where = aStructureKindName(kind);
  if (!check.eligible)
    return author === DiagnosisAuthor.PRESCRIBER
      ? {
          ok: true,
          text: `${check.message} Diagnostic d’un prescripteur habilité : ce nombre ne s’impose pas à lui, le diagnostic peut être enregistré.`,
        }
      : { ok: false, text: check.message ?? 'Critères insuffisants.' };
  if (requiredLevel2Count(kind) === null)
    return {
      ok: true,
      text: `La règle des critères de niveau 1 et 2 ne s’applique pas à ${where} : le diagnostic peut être enregistré.`,
    };
  const level1 = unique.filter((c) => ELIGIBILITY_CRITERIA[c].level === 1).length;
  const level2 = unique.length - level1;
  const counted = level1 ? `${level1} critère${level1 > 1 ? 's' : ''} de niveau 1` : `${level2} critères de niveau 2`;
  return { ok: true, text: `${counted} : éligible pour ${where}.` };
}

function rowProofHint(row: Row, today: string): { text: string; expired: boolean } | null {
  if (!row.code) return null;
  const code = row.code as EligibilityCriterionCode;
  const info = ELIGIBILITY_CRITERIA[code];
  const iso = parseFrDate(row.proofDate);
  let validity: string;
  let expired = false;
  if (info.proofValidityMonths === null) validity = 'valable tant que le document l’est';
  else if (!iso) validity = `valable ${info.proofValidityMonths} mois à partir de sa date`;
  else {
    const until = proofExpiresOn(code, iso);
    expired = until !== null && until < today;
    validity = expired
      ? `déjà périmé : valable jusqu’au ${formatIsoDateFr(until!)}`
      : `valable jusqu’au ${formatIsoDateFr(until!)}`;
  }
  return { text: `Justificatif attendu : ${info.proof} — ${validity}.`, expired };
}

/**
 * The eligibility diagnosis form: author, date, and a repeatable set of criteria with their proofs. A live hint says
 * whether the criteria are enough for the structure's kind (the API's own rule). Behaves like `RecordForm`: errors
 * next to their field and in a focused summary, input kept on refusal.
 */
export function DiagnosisForm({
  structureKind,
  onSubmit,
  onCancel,
}: {
  structureKind: StructureKind;
  onSubmit: (values: DiagnosisValues) => Promise<ApiProblem | null>;
  onCancel: () => void;
}) {
  const idPrefix = useId();
  const inputId = (name: string) => `${idPrefix}-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const today = todayInParis();
  const [author, setAuthor] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [diagnosedOn, setDiagnosedOn] = useState(() => formatIsoDateFr(todayInParis()));
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  /** The input to focus once rows are added or removed (set in the click handlers, used after the render). */
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  });

  const clearError = (name: string) => {
    if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
  };
  const setRow = (key: number, field: RowField, value: string) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    setErrors(({ [`row:${key}:${field}`]: _gone, ...rest }) =>
      field === 'code' ? (({ criteria: _c, ...others }) => others)(rest) : rest,
    );
  };
  const addRow = () => {
    const row = newRow();
    setRows((rs) => [...rs, row]);
    focusAfter.current = inputId(`row:${row.key}:code`);
  };
  const removeRow = (key: number) => {
    const index = rows.findIndex((r) => r.key === key);
    const rest = rows.filter((r) => r.key !== key);
    setRows(rest);
    setErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([k]) => !k.startsWith(`row:${key}:`))));
    const neighbour = rest[Math.min(index, rest.length - 1)];
    focusAfter.current = neighbour ? inputId(`row:${neighbour.key}:code`) : inputId('add');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const errs: Record<string, string> = {};
    if (!author) errs['author'] = 'Auteur du diagnostic : champ obligatoire.';
    if (!authorName.trim()) errs['authorName'] = 'Établi par : champ obligatoire.';
    const diagnosedIso = parseFrDate(diagnosedOn);
    if (!diagnosedOn.trim()) errs['diagnosedOn'] = 'Date du diagnostic : champ obligatoire.';
    else if (!diagnosedIso)
      errs['diagnosedOn'] = 'Date du diagnostic : saisissez une date au format jj/mm/aaaa, par exemple 14/03/2026.';
    const sent = rows.filter((r) => r.code || r.proofReference.trim() || r.proofDate.trim());
    const criteria: DiagnosisValues['criteria'] = [];
    for (const r of sent) {
      if (!r.code) errs[`row:${r.key}:code`] = 'Choisissez le critère.';
      const iso = parseFrDate(r.proofDate);
      if (!r.proofDate.trim()) errs[`row:${r.key}:proofDate`] = 'Saisissez la date du justificatif.';
      else if (!iso)
        errs[`row:${r.key}:proofDate`] = 'Saisissez une date au format jj/mm/aaaa, par exemple 14/03/2026.';
      criteria.push({
        code: r.code as EligibilityCriterionCode,
        proofReference: r.proofReference.trim() || null,
        proofDate: iso ?? r.proofDate.trim(),
      });
    }
    if (!sent.length)
      errs['criteria'] = 'Aucun critère retenu : choisissez au moins un critère, avec son justificatif.';
    setErrors(errs);
    if (Object.keys(errs).length) return;

    setSaving(true);
    try {
      const refusal = await onSubmit({
        author: author as DiagnosisAuthor,
        authorName: authorName.trim(),
        diagnosedOn: diagnosedIso!,
        criteria,
      });
      if (!refusal) {
        setAuthor('');
        setAuthorName('');
        setDiagnosedOn(formatIsoDateFr(todayInParis()));
        setRows([newRow()]);
        setErrors({});
        return;
      }
      const placed: Record<string, string> = {};
      const unplaced: string[] = [];
      const put = (name: string, message: string) =>
        (placed[name] = placed[name] ? `${placed[name]} ${message}` : message);
      for (const fe of refusal.fieldErrors) {
        const m = /^criteria\.(\d+)(?:\.(code|proofReference|proofDate))?/.exec(fe.field);
        const row = m ? sent[Number(m[1])] : undefined;
        if (row) put(`row:${row.key}:${(m![2] as RowField | undefined) ?? 'code'}`, fe.message);
        else if (fe.field === 'criteria' || fe.field.startsWith('criteria.')) put('criteria', fe.message);
        else if (['author', 'authorName', 'diagnosedOn'].includes(fe.field)) put(fe.field, fe.message);
        else unplaced.push(fe.message);
      }
      setErrors(placed);
      setGlobal(
        Object.keys(placed).length && !unplaced.length ? null : unplaced.length ? unplaced.join(' ') : refusal.message,
      );
    } finally {
      setSaving(false);
    }
  };

  const codes = rows.map((r) => r.code).filter(Boolean) as EligibilityCriterionCode[];
  const duplicates = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
  const hint = eligibilityHint(structureKind, codes, author as DiagnosisAuthor | '');
  const diagnosedIso = parseFrDate(diagnosedOn);
  const validUntil =
    author && diagnosedIso ? diagnosisValidUntil(author as DiagnosisAuthor, diagnosedIso, structureKind) : null;

  const firstCriterionId = rows[0] ? inputId(`row:${rows[0].key}:code`) : inputId('add');
  const summary = [
    ...(global ? [{ message: global }] : []),
    ...(['author', 'authorName', 'diagnosedOn'] as const)
      .filter((n) => errors[n])
      .map((n) => ({ inputId: inputId(n), message: errors[n] })),
    ...(errors['criteria'] ? [{ inputId: firstCriterionId, message: `Critères : ${errors['criteria']}` }] : []),
    ...rows.flatMap((r, i) =>
      (Object.keys(ROW_FIELDS) as RowField[])
        .filter((f) => errors[`row:${r.key}:${f}`])
        .map((f) => ({
          inputId: inputId(`row:${r.key}:${f}`),
          message: `Critère n° ${i + 1}, ${ROW_FIELDS[f]} : ${errors[`row:${r.key}:${f}`]}`,
        })),
    ),
  ];

  return (
    <Paper withBorder p="md" component="section" aria-label="Nouveau diagnostic d’éligibilité">
      <form onSubmit={submit} noValidate>
        <Title order={3} size="h5" mb="sm">
          Nouveau diagnostic d’éligibilité
        </Title>
        <ErrorSummary title="Rien n’est enregistré : corrigez ces points" items={summary} focusKey={attempt} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            id={inputId('author')}
            label="Auteur du diagnostic"
            required
            withAsterisk
            value={author}
            error={errors['author']}
            onChange={(e) => {
              setAuthor(e.currentTarget.value);
              clearError('author');
            }}
            data={[{ value: '', label: 'Choisir…' }, ...authorOptions(structureKind)]}
          />
          <TextInput
            id={inputId('authorName')}
            label="Établi par"
            description="Organisme prescripteur ou conseiller·ère"
            required
            withAsterisk
            maxLength={200}
            autoComplete="off"
            value={authorName}
            error={errors['authorName']}
            onChange={(e) => {
              setAuthorName(e.currentTarget.value);
              clearError('authorName');
            }}
          />
          <TextInput
            id={inputId('diagnosedOn')}
            label="Date du diagnostic"
            description={
              validUntil ? `Valable jusqu’au ${formatIsoDateFr(validUntil)}` : 'jj/mm/aaaa, au plus tard aujourd’hui'
            }
            required
            withAsterisk
            placeholder="jj/mm/aaaa"
            inputMode="numeric"
            autoComplete="off"
            value={diagnosedOn}
            error={errors['diagnosedOn']}
            onChange={(e) => {
              setDiagnosedOn(e.currentTarget.value);
              clearError('diagnosedOn');
            }}
          />
        </SimpleGrid>

        <Fieldset
          legend="Critères retenus et justificatifs"
          mt="md"
          p="sm"
          aria-describedby={errors['criteria'] ? inputId('criteria-error') : undefined}
        >
          {rows.map((row, i) => {
            const taken = new Set(rows.filter((r) => r.key !== row.key).map((r) => r.code));
            const proof = rowProofHint(row, today);
            const id = (f: RowField) => inputId(`row:${row.key}:${f}`);
            return (
              <div
                key={row.key}
                role="group"
                aria-label={`Critère n° ${i + 1} et son justificatif`}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', paddingBottom: 8, marginBottom: 8 }}
              >
                <Grid gap="sm" align="flex-start">
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <NativeSelect
                      id={id('code')}
                      label={`Critère n° ${i + 1}`}
                      required
                      withAsterisk
                      value={row.code}
                      error={errors[`row:${row.key}:code`]}
                      onChange={(e) => setRow(row.key, 'code', e.currentTarget.value)}
                      data={criterionOptions(structureKind, taken)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                    <TextInput
                      id={id('proofReference')}
                      label="Référence du justificatif"
                      maxLength={200}
                      autoComplete="off"
                      value={row.proofReference}
                      error={errors[`row:${row.key}:proofReference`]}
                      onChange={(e) => setRow(row.key, 'proofReference', e.currentTarget.value)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
                    <TextInput
                      id={id('proofDate')}
                      label="Date du justificatif"
                      required
                      withAsterisk
                      placeholder="jj/mm/aaaa"
                      inputMode="numeric"
                      autoComplete="off"
                      value={row.proofDate}
                      error={errors[`row:${row.key}:proofDate`]}
                      onChange={(e) => setRow(row.key, 'proofDate', e.currentTarget.value)}
                    />
                  </Grid.Col>
                </Grid>
                <Group justify="space-between" align="center" gap="xs" mt={4} wrap="nowrap">
                  <Text size="xs" c={proof?.expired ? TONE_WARN : 'dimmed'}>
                    {proof?.text ?? ''}
                  </Text>
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    aria-label={`Retirer le critère n° ${i + 1}`}
                    onClick={() => removeRow(row.key)}
                  >
                    Retirer
                  </Button>
                </Group>
              </div>
            );
          })}
          {errors['criteria'] ? (
            <Text id={inputId('criteria-error')} size="sm" c="red.9" mb="xs">
              {errors['criteria']}
            </Text>
          ) : null}
          <Button id={inputId('add')} variant="outline" size="xs" onClick={addRow}>
            Ajouter un critère
          </Button>
        </Fieldset>

        <div role="status" aria-live="polite">
          {/* A refusal of the criteria is said next to them (and in the summary): the live hint, which gives the same
              rule, waits until a criterion changes, as a contract field's error takes the place of its live check. */}
          {errors['criteria'] ? null : duplicates.length ? (
            <Text size="sm" c={TONE_WARN} mt="sm">
              {duplicates
                .map((c) => `Le critère « ${ELIGIBILITY_CRITERIA[c].label} » est choisi deux fois`)
                .join(' ; ')}{' '}
              : gardez-en un seul.
            </Text>
          ) : null}
          {errors['criteria'] ? null : hint ? (
            <Text size="sm" mt="sm" fw={600} c={hint.ok ? TONE_OK : TONE_WARN}>
              {hint.text}
            </Text>
          ) : (
            <Text size="sm" mt="sm" c="dimmed">
              {requiredLevel2Count(structureKind)
                ? `Il faut 1 critère de niveau 1, ou ${requiredLevel2Count(structureKind)} critères de niveau 2 pour ${aStructureKindName(structureKind)}.`
                : 'Choisissez au moins un critère, avec son justificatif.'}
            </Text>
          )}
        </div>

        <Group mt="md" gap="sm">
          <Button type="submit" loading={saving}>
            Enregistrer le diagnostic
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Annuler
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
