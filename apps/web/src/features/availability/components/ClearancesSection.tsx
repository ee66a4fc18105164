import { useMutation } from '@apollo/client/react';
import { Badge, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import { placeProblem, summaryItems } from '../../partners/forms';
import { readDay } from '../availability-model';
import { RemoveLineButton, SectionFeedback, useSectionFeedback } from './section-feedback';
import { RemovePersonClearanceDocument, SetPersonClearanceDocument } from '../graphql/availability.generated';

type Field = 'code' | 'expiresOn';
const FIELDS: readonly Field[] = ['code', 'expiresOn'];
const LABELS: Record<Field, string> = { code: 'Habilitation', expiresOn: 'Valable jusqu’au' };

export interface Clearance {
  code: string;
  label: string;
  expiresOn: string | null;
  expired: boolean;
}

/** Clearances the person holds (habilitations, CACES, secourisme), with their expiry; an expired one is said so. */
export function ClearancesSection({
  personId,
  clearances,
  catalogue,
  canWrite,
}: {
  personId: string;
  clearances: readonly Clearance[];
  catalogue: readonly { code: string; label: string }[];
  canWrite: boolean;
}) {
  const id = useId();
  const [save, saveState] = useMutation(SetPersonClearanceDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [remove] = useMutation(RemovePersonClearanceDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const [code, setCode] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const { notice, setNotice, global, setGlobal, clear, remove: removeLine } = useSectionFeedback();
  const inputId = (f: Field) => `${id}-${f}`;
  const labelOf = (c: string) => catalogue.find((x) => x.code === c)?.label ?? c;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    clear();
    const found: Partial<Record<Field, string>> = {};
    if (!code) found.code = 'Choisissez l’habilitation dans la liste.';
    const day = readDay(expiresOn, false);
    if (day.error) found.expiresOn = day.error;
    setErrors(found);
    if (Object.keys(found).length) return;
    const held = clearances.some((c) => c.code === code);
    try {
      await save({ variables: { input: { personId, code, expiresOn: day.value } } });
      setNotice(
        `${labelOf(code)} : ${held ? 'date mise à jour' : 'habilitation enregistrée'}${day.value ? `, valable jusqu’au ${formatIsoDateFr(day.value)}` : ', sans date de fin'}.`,
      );
      setCode('');
      setExpiresOn('');
    } catch (err) {
      const placed = placeProblem(err, FIELDS);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`}>
        Habilitations
      </Title>
      {clearances.length ? (
        <Stack gap={4} component="ul" aria-label="Habilitations" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {clearances.map((c) => (
            <Group key={c.code} component="li" gap="xs" wrap="wrap">
              <Text size="sm">
                {c.label} —{' '}
                {c.expiresOn
                  ? `${c.expired ? 'a expiré le' : 'valable jusqu’au'} ${formatIsoDateFr(c.expiresOn)}`
                  : 'sans date de fin'}
              </Text>
              {c.expired ? (
                <Badge variant="outline" color="red.9" radius="sm" tt="none">
                  Expirée
                </Badge>
              ) : null}
              {canWrite ? (
                <RemoveLineButton
                  label="Retirer"
                  name={`Retirer l’habilitation ${c.label}`}
                  onClick={() =>
                    void removeLine(
                      () => remove({ variables: { personId, code: c.code } }),
                      `${c.label} : habilitation retirée.`,
                    )
                  }
                />
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Aucune habilitation enregistrée.
        </Text>
      )}
      <SectionFeedback notice={notice} global={global} />
      {canWrite ? (
        <form noValidate onSubmit={submit}>
          <ErrorSummary
            title="L’habilitation n’est pas enregistrée : corrigez ces points"
            items={summaryItems(null, errors, FIELDS, LABELS, inputId)}
            focusKey={attempt}
          />
          <Fieldset legend="Ajouter une habilitation ou changer sa date">
            <Group align="flex-start" wrap="wrap" gap="sm">
              <NativeSelect
                id={inputId('code')}
                label="Habilitation"
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={errors.code}
                data={[{ value: '', label: 'Choisir…' }, ...catalogue.map((c) => ({ value: c.code, label: c.label }))]}
              />
              <TextInput
                id={inputId('expiresOn')}
                label="Valable jusqu’au (facultatif)"
                description="jj/mm/aaaa ; vide : sans date de fin"
                value={expiresOn}
                onChange={(e) => setExpiresOn(e.currentTarget.value)}
                error={errors.expiresOn}
                w={220}
              />
            </Group>
            <Button type="submit" variant="outline" size="sm" mt="sm" loading={saveState.loading}>
              Enregistrer l’habilitation
            </Button>
          </Fieldset>
        </form>
      ) : null}
    </Stack>
  );
}
