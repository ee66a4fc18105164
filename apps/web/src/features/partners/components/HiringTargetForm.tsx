import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useState } from 'react';
import type { PartnershipFieldsFragment, PartnershipGroupFieldsFragment } from '../../../gql/graphql';
import { type FieldErrors, placeProblem, readWholeNumber, sentence, summaryItems } from '../forms';
import { SetHiringTargetDocument, SetSharedHiringTargetDocument } from '../graphql/partners.generated';

/** Whose target it is: one partnership's own, or the one several partnerships share. */
export type TargetHolder =
  | { partnership: PartnershipFieldsFragment; group?: never }
  | { group: PartnershipGroupFieldsFragment; partnership?: never };

type Field = 'year' | 'hires';
const ORDER: Field[] = ['year', 'hires'];
const LABELS: Record<Field, string> = { year: 'Année', hires: 'Embauches visées' };
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const MAX_HIRES = 10000;

/**
 * « Objectif d’embauches »: how many hires the structure and the landlord (or the landlords sharing a target) aim at
 * for a year (one target per year: saving a year that has one replaces it). The figure already set for the chosen
 * year is shown.
 */
export function HiringTargetForm({
  holder,
  year: initialYear,
  onClose,
  onDone,
}: {
  holder: TargetHolder;
  year: number;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const targets = holder.group ? holder.group.hiringTargets : holder.partnership.hiringTargets;
  const targetOf = (y: number) => targets.find((t) => t.year === y);
  const [values, setValues] = useState<Record<Field, string>>({
    year: String(initialYear),
    hires: targetOf(initialYear) ? String(targetOf(initialYear)!.hires) : '',
  });
  const [hiresTouched, setHiresTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [setOwnTarget, savingOwn] = useMutation(SetHiringTargetDocument);
  const [setSharedTarget, savingShared] = useMutation(SetSharedHiringTargetDocument, { refetchQueries: 'active' });
  const saving = holder.group ? savingShared : savingOwn;
  // « avec Rouen Habitat » / « partagé « Bailleurs de Rouen » »
  const withWhom = holder.group
    ? `partagé « ${holder.group.name} »`
    : `avec ${holder.partnership.partnerOrganisation.name}`;
  const typedYear = readWholeNumber(values.year);
  const existing = typedYear !== null ? targetOf(typedYear) : undefined;

  const set = (f: Field, value: string) => {
    setValues((v) => {
      const next = { ...v, [f]: value };
      // Choosing another year shows its target, as long as the figure was not typed by hand.
      if (f === 'year' && !hiresTouched) {
        const y = readWholeNumber(value);
        const t = y !== null ? targetOf(y) : undefined;
        next.hires = t ? String(t.hires) : '';
      }
      return next;
    });
    if (f === 'hires') setHiresTouched(true);
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const found: FieldErrors<Field> = {};
    const year = readWholeNumber(values.year);
    const hires = readWholeNumber(values.hires);
    if (!values.year.trim()) found.year = 'champ obligatoire.';
    else if (year === null || year < MIN_YEAR || year > MAX_YEAR)
      found.year = `saisissez une année entre ${MIN_YEAR} et ${MAX_YEAR}, par exemple ${initialYear}.`;
    if (!values.hires.trim()) found.hires = 'champ obligatoire.';
    else if (hires === null || hires > MAX_HIRES)
      found.hires = `saisissez un nombre entier d’embauches, de 0 à ${MAX_HIRES}.`;
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      if (holder.group)
        await setSharedTarget({ variables: { input: { groupId: holder.group.id, year: year!, hires: hires! } } });
      else
        await setOwnTarget({
          variables: { input: { partnershipId: holder.partnership.id, year: year!, hires: hires! } },
        });
      onDone(`Objectif ${year} ${withWhom} : ${hires} embauche${hires! > 1 ? 's' : ''}.`);
    } catch (err) {
      const placed = placeProblem(err, ORDER);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Objectif d’embauches ${withWhom}`}
      centered
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          title="Rien n’est enregistré : corrigez ces points"
          items={summaryItems(global, errors, ORDER, LABELS, inputId)}
          focusKey={attempt}
        />
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              id={inputId('year')}
              label={LABELS.year}
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              required
              value={values.year}
              onChange={(e) => set('year', e.currentTarget.value)}
              error={sentence(errors.year)}
            />
            <TextInput
              id={inputId('hires')}
              label={LABELS.hires}
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              required
              data-autofocus
              value={values.hires}
              onChange={(e) => set('hires', e.currentTarget.value)}
              error={sentence(errors.hires)}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed" aria-live="polite">
            {typedYear !== null && typedYear >= MIN_YEAR && typedYear <= MAX_YEAR
              ? existing
                ? `L’objectif ${typedYear} est aujourd’hui de ${existing.hires} embauche${existing.hires > 1 ? 's' : ''} : il sera remplacé.`
                : `Aucun objectif fixé pour ${typedYear}.`
              : holder.group
                ? 'Un objectif par année ; les embauches comptées sont celles enregistrées chez chacun des partenaires qui le partagent.'
                : 'Un objectif par année ; les embauches comptées sont celles enregistrées chez ce partenaire.'}
          </Text>
        </Stack>
        <Group mt="md" gap="sm" justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={saving.loading}>
            Enregistrer l’objectif
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
