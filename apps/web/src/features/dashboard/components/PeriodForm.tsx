import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { formatIsoDateFr, parseFrDate } from '@tremplin/domain';
import { useId, useState } from 'react';
import { checkPeriod, type Period, QUICK_PERIOD_LABELS, type QuickPeriod, quickPeriod, quickPeriodOf } from '../period';

/** A structure the administrator can look at. */
export interface StructureOption {
  id: string;
  name: string;
}

/**
 * The dashboard's filters: « Du » / « Au » typed jj/mm/aaaa and applied with « Afficher » (or at once with a quick
 * choice), and for an administrator the structure (« Tout le réseau » by default). Errors show next to their field.
 */
export function PeriodForm({
  period,
  today,
  onApply,
  structures,
  structureId,
  onStructure,
}: {
  period: Period;
  today: string;
  onApply: (period: Period) => void;
  /** Only for an administrator: the structures to choose from (the select is not shown otherwise). */
  structures?: StructureOption[] | null;
  structureId?: string | null;
  onStructure?: (id: string | null) => void;
}) {
  const id = useId();
  const [startText, setStartText] = useState(formatIsoDateFr(period.start));
  const [endText, setEndText] = useState(formatIsoDateFr(period.end));
  const [errors, setErrors] = useState<{ start: string | null; end: string | null }>({ start: null, end: null });

  // The inputs follow the period shown (quick choice, back and forward in the browser).
  const [shown, setShown] = useState(`${period.start}|${period.end}`);
  if (shown !== `${period.start}|${period.end}`) {
    setShown(`${period.start}|${period.end}`);
    setStartText(formatIsoDateFr(period.start));
    setEndText(formatIsoDateFr(period.end));
    setErrors({ start: null, end: null });
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const start = parseFrDate(startText);
    const end = parseFrDate(endText);
    const found = checkPeriod(start, end, startText, endText);
    setErrors(found);
    if (found.start || found.end) {
      document.getElementById(`${id}-${found.start ? 'start' : 'end'}`)?.focus();
      return;
    }
    if (start && end) onApply({ start, end });
  };

  const pressed = quickPeriodOf(period, today);
  const choose = (choice: QuickPeriod) => onApply(quickPeriod(choice, today));

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <form onSubmit={submit} noValidate role="search" aria-label="Période et périmètre du tableau de bord">
          <Group align="flex-start" gap="md" wrap="wrap">
            {structures && onStructure ? (
              <NativeSelect
                label="Structure"
                value={structureId ?? ''}
                onChange={(e) => onStructure(e.currentTarget.value || null)}
                data={[
                  { value: '', label: 'Tout le réseau' },
                  ...structures.map((s) => ({ value: s.id, label: s.name })),
                ]}
                w={{ base: '100%', sm: 260 }}
              />
            ) : null}
            <TextInput
              id={`${id}-start`}
              label="Du"
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              autoComplete="off"
              value={startText}
              onChange={(e) => {
                setStartText(e.currentTarget.value);
                setErrors((s) => ({ ...s, start: null }));
              }}
              error={errors.start}
              w={{ base: '100%', xs: 150 }}
            />
            <TextInput
              id={`${id}-end`}
              label="Au"
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              autoComplete="off"
              value={endText}
              onChange={(e) => {
                setEndText(e.currentTarget.value);
                setErrors((s) => ({ ...s, end: null }));
              }}
              error={errors.end}
              w={{ base: '100%', xs: 150 }}
            />
            <Button type="submit" mt={{ base: 0, xs: 25 }}>
              Afficher
            </Button>
          </Group>
        </form>
        <Group gap="xs" wrap="wrap" role="group" aria-label="Périodes rapides">
          {(Object.keys(QUICK_PERIOD_LABELS) as QuickPeriod[]).map((choice) => (
            <Button
              key={choice}
              size="compact-sm"
              variant={pressed === choice ? 'light' : 'default'}
              aria-pressed={pressed === choice}
              onClick={() => choose(choice)}
            >
              {QUICK_PERIOD_LABELS[choice]}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
