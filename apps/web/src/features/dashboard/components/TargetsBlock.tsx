import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP,
  DEFAULT_DYNAMIC_EXIT_TARGET_BP,
  formatFigureValue,
} from '@tremplin/domain';
import { useId, useState } from 'react';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import { SetStructureTargetDocument, StructureTargetsDocument } from '../graphql/dashboard.generated';

type Field = 'dynamicExitRateBp' | 'durableEmploymentRateBp';

const FIELD_LABELS: Record<Field, string> = {
  dynamicExitRateBp: 'Taux de sorties dynamiques visé',
  durableEmploymentRateBp: 'Taux d’emploi durable visé',
};

/** « 60 » → 6000 basis points; « 62,5 » → 6250; null when not a percentage with two decimals at most. */
export function parsePercentToBp(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || 0);
}

/** 6250 → « 62,5 » (what one would type back). */
function bpToInput(bp: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100);
}

function checkPercent(field: Field, text: string): string | null {
  if (!text.trim())
    return `Saisissez le ${FIELD_LABELS[field].toLowerCase()}, par exemple ${field === 'dynamicExitRateBp' ? '60' : '25'}.`;
  const bp = parsePercentToBp(text);
  if (bp === null) return 'Saisissez un pourcentage, avec deux décimales au plus, par exemple 62,5.';
  if (bp > 10000) return `Un taux ne peut pas dépasser 100 % (${text.trim()} saisi).`;
  return null;
}

/**
 * « Objectifs de l’année »: the structure's dynamic-exit and durable-employment targets for a year (set in the
 * annexe financière). Without one, the dashboard compares with the reference values (60 % and 25 %). A change made
 * meanwhile by someone else is refused and said plainly; what was typed stays.
 */
export function TargetsBlock({ defaultYear }: { defaultYear: number }) {
  const id = useId();
  const { data, loading, error, refetch } = useQuery(StructureTargetsDocument);
  const [save, { loading: saving }] = useMutation(SetStructureTargetDocument, { refetchQueries: 'active' });
  const targets = data?.structureTargets;
  const [year, setYear] = useState(defaultYear);
  const current = targets?.find((t) => t.year === year) ?? null;
  const [values, setValues] = useState<Record<Field, string>>({ dynamicExitRateBp: '', durableEmploymentRateBp: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string | null>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState<string | null>(null);

  /** The inputs show a year's targets, or the reference values when none is set. */
  const fill = (y: number, list: typeof targets) => {
    const t = list?.find((x) => x.year === y);
    setValues({
      dynamicExitRateBp: bpToInput(t?.dynamicExitRateBp ?? DEFAULT_DYNAMIC_EXIT_TARGET_BP),
      durableEmploymentRateBp: bpToInput(t?.durableEmploymentRateBp ?? DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP),
    });
    setErrors({});
  };
  // Once, when the targets first arrive (then on a change of year, or after a save).
  const [filled, setFilled] = useState(false);
  if (targets && !filled) {
    setFilled(true);
    fill(year, targets);
  }

  const years = Array.from(
    new Set([
      defaultYear - 1,
      defaultYear,
      defaultYear + 1,
      new Date().getFullYear(),
      ...(targets ?? []).map((t) => t.year),
    ]),
  ).sort((a, b) => b - a);

  /** After a conflict: the targets as saved by the other person, said plainly, without touching what was typed. */
  const reload = async () => {
    const result = await refetch();
    const t = result.data?.structureTargets.find((x) => x.year === year);
    setProblem(null);
    setReloaded(
      t
        ? `Enregistrés pour ${year} : ${formatFigureValue(t.dynamicExitRateBp, 'rate_bp')} de sorties dynamiques, ${formatFigureValue(t.durableEmploymentRateBp, 'rate_bp')} d’emploi durable.`
        : `Aucun objectif n’est plus enregistré pour ${year}.`,
    );
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setProblem(null);
    setReloaded(null);
    const next: Partial<Record<Field, string | null>> = {
      dynamicExitRateBp: checkPercent('dynamicExitRateBp', values.dynamicExitRateBp),
      durableEmploymentRateBp: checkPercent('durableEmploymentRateBp', values.durableEmploymentRateBp),
    };
    setErrors(next);
    const bad = (Object.keys(next) as Field[]).find((f) => next[f]);
    if (bad) {
      document.getElementById(`${id}-${bad}`)?.focus();
      return;
    }
    try {
      const { data: result } = await save({
        variables: {
          input: {
            year,
            dynamicExitRateBp: parsePercentToBp(values.dynamicExitRateBp) ?? 0,
            durableEmploymentRateBp: parsePercentToBp(values.durableEmploymentRateBp) ?? 0,
            version: current?.version ?? null,
          },
        },
      });
      const t = result?.setStructureTarget;
      if (t)
        setSaved(
          `Objectifs ${t.year} enregistrés : ${formatFigureValue(t.dynamicExitRateBp, 'rate_bp')} de sorties dynamiques, ${formatFigureValue(t.durableEmploymentRateBp, 'rate_bp')} d’emploi durable.`,
        );
    } catch (err) {
      const p = problemOf(err);
      const fieldErrors: Partial<Record<Field, string>> = {};
      for (const fe of p.fieldErrors)
        if (fe.field === 'dynamicExitRateBp' || fe.field === 'durableEmploymentRateBp')
          fieldErrors[fe.field] = fe.message;
      setErrors(fieldErrors);
      setProblem(p);
    }
  };

  const input = (field: Field, description: string) => (
    <TextInput
      id={`${id}-${field}`}
      label={FIELD_LABELS[field]}
      description={description}
      value={values[field]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValues((s) => ({ ...s, [field]: v }));
        setErrors((s) => ({ ...s, [field]: null }));
      }}
      onBlur={() => setErrors((s) => ({ ...s, [field]: checkPercent(field, values[field]) }))}
      error={errors[field]}
      inputMode="decimal"
      autoComplete="off"
      rightSection={
        <Text size="sm" aria-hidden="true">
          %
        </Text>
      }
      w={{ base: '100%', xs: 260 }}
      required
    />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`} mb={4}>
        Objectifs de l’année
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Fixés avec la DDETS dans l’annexe financière. Sans objectif pour une année, le tableau de bord compare avec les
        valeurs de référence : {formatFigureValue(DEFAULT_DYNAMIC_EXIT_TARGET_BP, 'rate_bp')} de sorties dynamiques et{' '}
        {formatFigureValue(DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP, 'rate_bp')} d’emploi durable.
      </Text>

      {error ? (
        <Alert color="red" role="alert" title="Les objectifs n’ont pas pu être chargés" mb="sm">
          {problemOf(error).message}
        </Alert>
      ) : null}

      {!targets ? (
        loading ? (
          <Group gap="md" aria-busy="true" role="status" aria-label="Chargement des objectifs">
            <Skeleton height={60} width={140} />
            <Skeleton height={60} width={260} />
            <Skeleton height={60} width={260} />
          </Group>
        ) : null
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
          <Stack gap="sm">
            {problem?.code === 'CONFLICT' ? (
              <Alert color="warning" role="alert" title="Objectifs modifiés entre-temps">
                <Stack gap="xs">
                  <Text size="sm">{problem.message}</Text>
                  <Text size="sm">Vos saisies sont conservées ci-dessous.</Text>
                  <div>
                    <Button variant="outline" color="warning.9" size="xs" onClick={() => void reload()}>
                      Recharger les objectifs
                    </Button>
                  </div>
                </Stack>
              </Alert>
            ) : reloaded ? (
              <Alert color="blue" role="status" title="Objectifs rechargés">
                <Stack gap="xs">
                  <Text size="sm">
                    {reloaded} Vos saisies sont conservées : « Enregistrer » les met à la place de ces objectifs.
                  </Text>
                  <div>
                    <Button
                      variant="outline"
                      color="blue.9"
                      size="xs"
                      onClick={() => {
                        fill(year, targets);
                        setReloaded(null);
                      }}
                    >
                      Reprendre les objectifs enregistrés
                    </Button>
                  </div>
                </Stack>
              </Alert>
            ) : problem && !problem.fieldErrors.length ? (
              <Alert color="red" role="alert" title="Les objectifs ne sont pas enregistrés">
                {problem.message}
              </Alert>
            ) : null}
            {saved ? (
              <Alert color="green" variant="light" role="status">
                {saved}
              </Alert>
            ) : null}
            <Group align="flex-start" gap="md" wrap="wrap">
              <NativeSelect
                label="Année"
                value={String(year)}
                onChange={(e) => {
                  const y = Number(e.currentTarget.value);
                  setYear(y);
                  fill(y, targets);
                  setSaved(null);
                  setProblem(null);
                  setReloaded(null);
                }}
                data={years.map((y) => ({
                  value: String(y),
                  label: targets.some((t) => t.year === y) ? String(y) : `${y} (pas encore fixés)`,
                }))}
                w={{ base: '100%', xs: 200 }}
              />
              {input(
                'dynamicExitRateBp',
                `Part des sorties comptées vers l’emploi ou une formation (référence ${formatFigureValue(DEFAULT_DYNAMIC_EXIT_TARGET_BP, 'rate_bp')}).`,
              )}
              {input(
                'durableEmploymentRateBp',
                `Part des sorties comptées en emploi durable (référence ${formatFigureValue(DEFAULT_DURABLE_EMPLOYMENT_TARGET_BP, 'rate_bp')}).`,
              )}
            </Group>
            <Group>
              <Button type="submit" loading={saving}>
                Enregistrer les objectifs {year}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
