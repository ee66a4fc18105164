import { useMutation } from '@apollo/client/react';
import { Badge, Button, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import { placeProblem, summaryItems } from '../../partners/forms';
import { readDay } from '../availability-model';
import { RemoveLineButton, SectionFeedback, useSectionFeedback } from './section-feedback';
import { AddPersonUnavailabilityDocument, RemovePersonUnavailabilityDocument } from '../graphql/availability.generated';

type Field = 'startsOn' | 'endsOn' | 'reason';
const FIELDS: readonly Field[] = ['startsOn', 'endsOn', 'reason'];
const LABELS: Record<Field, string> = { startsOn: 'Du', endsOn: 'Au', reason: 'Motif' };

export interface Absence {
  id: string;
  startsOn: string;
  endsOn: string;
  reason: string | null;
  past: boolean;
}

/** Dated absences (holidays, appointments, training): no replacement is offered on those days. */
export function AbsencesSection({
  personId,
  absences,
  canWrite,
}: {
  personId: string;
  absences: readonly Absence[];
  canWrite: boolean;
}) {
  const id = useId();
  const [add, addState] = useMutation(AddPersonUnavailabilityDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [remove] = useMutation(RemovePersonUnavailabilityDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const { notice, setNotice, global, setGlobal, clear, remove: removeLine } = useSectionFeedback();
  const inputId = (f: Field) => `${id}-${f}`;
  const span = (a: Absence) => `du ${formatIsoDateFr(a.startsOn)} au ${formatIsoDateFr(a.endsOn)}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    clear();
    const start = readDay(startsOn, true);
    const end = readDay(endsOn, true);
    const found: Partial<Record<Field, string>> = {};
    if (start.error) found.startsOn = start.error;
    if (end.error) found.endsOn = end.error;
    if (start.value && end.value && end.value < start.value)
      found.endsOn = 'Le dernier jour doit être le même que le premier, ou après.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await add({
        variables: { input: { personId, startsOn: start.value!, endsOn: end.value!, reason: reason || null } },
      });
      setStartsOn('');
      setEndsOn('');
      setReason('');
      setNotice(
        `L’absence ${span({ id: '', startsOn: start.value!, endsOn: end.value!, reason: null, past: false })} est enregistrée.`,
      );
    } catch (err) {
      const placed = placeProblem(err, FIELDS);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`}>
        Absences
      </Title>
      {absences.length ? (
        <Stack gap={4} component="ul" aria-label="Absences" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {absences.map((a) => (
            <Group key={a.id} component="li" gap="xs" wrap="wrap">
              <Text size="sm">
                {span(a).replace(/^d/, 'D')}
                {a.reason ? ` — ${a.reason}` : ''}
              </Text>
              {a.past ? (
                <Badge variant="outline" color="gray.8" radius="sm" tt="none">
                  Passée
                </Badge>
              ) : null}
              {canWrite ? (
                <RemoveLineButton
                  label="Supprimer"
                  name={`Supprimer l’absence ${span(a)}`}
                  onClick={() =>
                    void removeLine(() => remove({ variables: { id: a.id } }), `L’absence ${span(a)} est supprimée.`)
                  }
                />
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Aucune absence enregistrée.
        </Text>
      )}
      <SectionFeedback notice={notice} global={global} />
      {canWrite ? (
        <form noValidate onSubmit={submit}>
          <ErrorSummary
            title="L’absence n’est pas enregistrée : corrigez ces points"
            items={summaryItems(null, errors, FIELDS, LABELS, inputId)}
            focusKey={attempt}
          />
          <Fieldset legend="Ajouter une absence">
            <Group align="flex-start" wrap="wrap" gap="sm">
              <TextInput
                id={inputId('startsOn')}
                label="Du"
                description="jj/mm/aaaa"
                required
                value={startsOn}
                onChange={(e) => setStartsOn(e.currentTarget.value)}
                error={errors.startsOn}
                w={170}
              />
              <TextInput
                id={inputId('endsOn')}
                label="Au"
                description="jj/mm/aaaa, inclus"
                required
                value={endsOn}
                onChange={(e) => setEndsOn(e.currentTarget.value)}
                error={errors.endsOn}
                w={170}
              />
              <TextInput
                id={inputId('reason')}
                label="Motif (facultatif)"
                description="Congés, rendez-vous, formation…"
                value={reason}
                maxLength={200}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason}
                w={260}
              />
            </Group>
            <Button type="submit" variant="outline" size="sm" mt="sm" loading={addState.loading}>
              Ajouter l’absence
            </Button>
          </Fieldset>
        </form>
      ) : null}
    </Stack>
  );
}
