import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import {
  PortalReplacementFormDocument,
  PortalReplacementRequestsDocument,
  PortalRequestReplacementDocument,
} from '../graphql/replacements.generated';
import { CLEARANCES } from './replacement-format';

const EMPTY = { structureId: '', siteId: '', jobLabel: '', startsAt: '', endsAt: '', hours: 8, answerBy: '' };

/** A local `datetime-local` value as an instant (the browser's time zone: Paris for our users). */
const instant = (local: string) => (local ? new Date(local).toISOString() : '');

/** « Demander un remplacement »: the employer's form (structure, site, slot, hours, job, clearances, answer-by time). */
export function PortalReplacementForm() {
  const { data } = useQuery(PortalReplacementFormDocument);
  const [save, { loading }] = useMutation(PortalRequestReplacementDocument, {
    refetchQueries: [PortalReplacementRequestsDocument],
  });
  const [v, setV] = useState(EMPTY);
  const [clearances, setClearances] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (k: keyof typeof EMPTY) => (value: string | number) => setV((o) => ({ ...o, [k]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.structureId) missing['structureId'] = 'Choisissez la structure.';
    if (!v.siteId) missing['siteId'] = 'Choisissez le site.';
    if (!v.jobLabel.trim()) missing['jobLabel'] = 'Saisissez le poste.';
    if (!v.startsAt) missing['startsAt'] = 'Saisissez le début.';
    if (!v.endsAt) missing['endsAt'] = 'Saisissez la fin.';
    if (!v.answerBy) missing['answerBy'] = 'Saisissez l’heure limite de réponse.';
    setErrors(missing);
    setNotice(null);
    if (Object.keys(missing).length) return;
    try {
      await save({
        variables: {
          input: {
            structureId: v.structureId,
            siteId: v.siteId,
            jobLabel: v.jobLabel,
            startsAt: instant(v.startsAt),
            endsAt: instant(v.endsAt),
            minutes: Math.round(Number(v.hours) * 60),
            answerBy: instant(v.answerBy),
            requiredBlockIds: [],
            minLevel: 'PROGRESSING',
            requiredClearances: clearances,
          },
        },
      });
      setV(EMPTY);
      setClearances([]);
      setNotice({ ok: true, text: 'Demande envoyée : la structure est prévenue.' });
    } catch (err) {
      const p = problemOf(err);
      setErrors(Object.fromEntries(p.fieldErrors.map((f) => [f.field, f.message])));
      setNotice({ ok: false, text: p.fieldErrors.length ? 'Vérifiez les champs signalés.' : p.message });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Demander un remplacement">
      <Stack gap="sm">
        <NativeSelect
          label="Structure"
          data={[
            { value: '', label: 'Choisir la structure' },
            ...(data?.portalReplacementStructures ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
          value={v.structureId}
          onChange={(e) => set('structureId')(e.currentTarget.value)}
          error={errors['structureId']}
          required
        />
        <NativeSelect
          label="Site"
          data={[
            { value: '', label: 'Choisir le site' },
            ...(data?.portalSites ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}${s.city ? `, ${s.city}` : ''}`,
            })),
          ]}
          value={v.siteId}
          onChange={(e) => set('siteId')(e.currentTarget.value)}
          error={errors['siteId']}
          required
        />
        <TextInput
          label="Poste"
          value={v.jobLabel}
          onChange={(e) => set('jobLabel')(e.currentTarget.value)}
          error={errors['jobLabel']}
          required
        />
        <Group grow>
          <TextInput
            type="datetime-local"
            label="Début"
            value={v.startsAt}
            onChange={(e) => set('startsAt')(e.currentTarget.value)}
            error={errors['startsAt']}
            required
          />
          <TextInput
            type="datetime-local"
            label="Fin"
            value={v.endsAt}
            onChange={(e) => set('endsAt')(e.currentTarget.value)}
            error={errors['endsAt']}
            required
          />
        </Group>
        <NumberInput
          label="Heures travaillées"
          min={0.5}
          max={24}
          step={0.5}
          value={v.hours}
          onChange={(x) => set('hours')(Number(x) || 0)}
          error={errors['minutes']}
        />
        <Checkbox.Group label="Habilitations exigées" value={clearances} onChange={setClearances}>
          <Stack gap={4} mt={4}>
            {CLEARANCES.map((c) => (
              <Checkbox key={c.code} value={c.code} label={c.label} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="datetime-local"
          label="Réponse attendue avant"
          value={v.answerBy}
          onChange={(e) => set('answerBy')(e.currentTarget.value)}
          error={errors['answerBy']}
          required
        />
        {notice ? (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        ) : null}
        <Button type="submit" loading={loading} w="fit-content">
          Demander le remplacement
        </Button>
      </Stack>
    </form>
  );
}
