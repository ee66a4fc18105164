import { Alert, Button, Fieldset, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorSummary, type SummaryItem } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import type { ApiProblem } from '../../../app/graphql-errors';
import {
  newSlotError,
  nightsOf,
  parseTime,
  sameSlots,
  type Slot,
  slotLabel,
  sortSlots,
  weekdayLabel,
  WEEKDAYS,
} from '../availability-model';

type AddField = 'weekday' | 'from' | 'to';

/**
 * The weekly pattern as one editor: the slots listed day by day, a slot added or removed in the draft, the whole week
 * saved in one go with the version read. A stale version (someone saved meanwhile) is said in French with a reload.
 */
export function WeeklySlotsEditor({
  slots,
  version,
  canWrite,
  onSave,
  onReload,
}: {
  slots: readonly Slot[];
  version: number;
  canWrite: boolean;
  onSave: (slots: Slot[]) => Promise<ApiProblem | null>;
  onReload: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Slot[]>(() => sortSlots(slots));
  const [weekday, setWeekday] = useState('1');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [addErrors, setAddErrors] = useState<Partial<Record<AddField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // A new version read (after a save or a reload): the draft starts again from what is saved.
  const [draftVersion, setDraftVersion] = useState(version);
  if (draftVersion !== version) {
    setDraftVersion(version);
    setDraft(sortSlots(slots));
  }

  const dirty = !sameSlots(draft, slots);
  const inputId = (f: AddField) => `${id}-${f}`;

  const add = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setAttempt((n) => n + 1);
    const start = parseTime(from);
    const end = parseTime(to);
    const errors: Partial<Record<AddField, string>> = {};
    if (start === null || start >= 1440)
      errors.from = from.trim()
        ? 'Saisissez une heure entre 00:00 et 23:59, par exemple 21:00.'
        : 'Saisissez l’heure de début, par exemple 21:00.';
    if (end === null || end === 0)
      errors.to = to.trim()
        ? 'Saisissez une heure entre 00:01 et 24:00, par exemple 24:00 pour minuit.'
        : 'Saisissez l’heure de fin, par exemple 24:00 pour minuit.';
    if (!errors.from && !errors.to) {
      const slot = { weekday: Number(weekday), startMinute: start!, endMinute: end! };
      const why = newSlotError(draft, slot);
      if (why) errors.to = why;
      else {
        setDraft(sortSlots([...draft, slot]));
        setFrom('');
        setTo('');
      }
    }
    setAddErrors(errors);
  };

  const save = async () => {
    setNotice(null);
    setProblem(null);
    setSaving(true);
    const refused = await onSave(sortSlots(draft));
    setSaving(false);
    if (refused) setProblem(refused);
    else setNotice('Les disponibilités de la semaine sont enregistrées.');
  };

  const summary: SummaryItem[] = (['from', 'to'] as const)
    .filter((f) => addErrors[f])
    .map((f) => ({ inputId: inputId(f), message: `${f === 'from' ? 'De' : 'À'} : ${addErrors[f]}` }));
  const nights = nightsOf(draft);

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`}>
        Disponibilités de la semaine
      </Title>
      <Text size="sm" c="dimmed">
        Les plages où la personne peut partir en remplacement, chaque semaine. Une nuit qui passe minuit se saisit en
        deux plages : une nuit du mardi au mercredi : mardi 21 h – 24 h et mercredi 0 h – 7 h.
      </Text>
      <Paper withBorder p="sm">
        <Stack
          gap={6}
          component="ul"
          aria-label="Plages de la semaine"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {WEEKDAYS.map((_, i) => {
            const day = i + 1;
            const ofDay = draft.filter((s) => s.weekday === day);
            return (
              <Group key={day} component="li" gap="xs" wrap="wrap" align="center">
                <Text fw={600} size="sm" w={90}>
                  {weekdayLabel(day)}
                </Text>
                {ofDay.length ? (
                  ofDay.map((s) => (
                    <Group key={`${s.startMinute}-${s.endMinute}`} gap={4} wrap="nowrap">
                      <Text size="sm">{slotLabel(s)}</Text>
                      {canWrite ? (
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          aria-label={`Retirer la plage du ${WEEKDAYS[i]} ${slotLabel(s)}`}
                          onClick={() => {
                            setNotice(null);
                            setDraft(draft.filter((x) => x !== s));
                          }}
                        >
                          Retirer
                        </Button>
                      ) : null}
                    </Group>
                  ))
                ) : (
                  <Text size="sm" c="dimmed">
                    Pas disponible
                  </Text>
                )}
              </Group>
            );
          })}
        </Stack>
        {nights.length ? (
          <Text size="sm" mt="xs">
            {nights.length > 1 ? 'Nuits' : 'Nuit'} : {nights.join(' ; ')}.
          </Text>
        ) : null}
      </Paper>
      {canWrite ? (
        <>
          <form noValidate onSubmit={add}>
            <ErrorSummary title="La plage n’est pas ajoutée : corrigez ces points" items={summary} focusKey={attempt} />
            <Fieldset legend="Ajouter une plage">
              <Group align="flex-start" wrap="wrap" gap="sm">
                <NativeSelect
                  id={inputId('weekday')}
                  label="Jour"
                  value={weekday}
                  onChange={(e) => setWeekday(e.currentTarget.value)}
                  data={WEEKDAYS.map((_, i) => ({ value: String(i + 1), label: weekdayLabel(i + 1) }))}
                />
                <TextInput
                  id={inputId('from')}
                  label="De"
                  description="hh:mm, par exemple 21:00"
                  value={from}
                  onChange={(e) => setFrom(e.currentTarget.value)}
                  error={addErrors.from}
                  w={150}
                />
                <TextInput
                  id={inputId('to')}
                  label="À"
                  description="24:00 pour minuit"
                  value={to}
                  onChange={(e) => setTo(e.currentTarget.value)}
                  error={addErrors.to}
                  w={150}
                />
              </Group>
              <Button type="submit" variant="outline" size="sm" mt="sm">
                Ajouter la plage
              </Button>
            </Fieldset>
          </form>
          {problem?.code === 'CONFLICT' ? (
            <Alert color="red" role="alert" title="Les disponibilités n’ont pas été enregistrées">
              <Text size="sm">{problem.message}</Text>
              <Button
                mt="xs"
                size="xs"
                variant="outline"
                onClick={() => {
                  setProblem(null);
                  onReload();
                }}
              >
                Recharger les disponibilités (vos changements seront perdus)
              </Button>
            </Alert>
          ) : problem ? (
            <ErrorSummary
              title="Les disponibilités n’ont pas été enregistrées"
              items={[
                ...(problem.fieldErrors.length ? problem.fieldErrors : [{ message: problem.message }]).map((f) => ({
                  message: f.message,
                })),
              ]}
            />
          ) : null}
          {notice ? (
            <Alert color="green" variant="light" role="status">
              {notice}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button onClick={save} loading={saving} disabled={!dirty}>
              Enregistrer les disponibilités
            </Button>
            {dirty ? (
              <>
                <Button variant="subtle" onClick={() => setDraft(sortSlots(slots))}>
                  Annuler les changements
                </Button>
                <Text size="sm" c="dimmed" role="status">
                  Changements non enregistrés.
                </Text>
              </>
            ) : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
