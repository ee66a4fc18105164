import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { PartnershipGroupFieldsFragment } from '../../../gql/graphql';
import type { ListedPartnership } from './PartnershipForm';
import { type FieldErrors, placeProblem, sentence, summaryItems } from '../forms';
import { DeletePartnershipGroupDocument, SavePartnershipGroupDocument } from '../graphql/partners.generated';

type Partnership = ListedPartnership;
type PartnershipGroup = PartnershipGroupFieldsFragment;
type Field = 'name' | 'partnershipIds';
const ORDER: Field[] = ['name', 'partnershipIds'];
const LABELS: Record<Field, string> = { name: 'Nom de l’objectif partagé', partnershipIds: 'Partenariats' };

/** « 2026 : 15 ; 2027 : 3 » (the most recent year first). */
export function targetsText(targets: readonly { year: number; hires: number }[]): string {
  return [...targets]
    .sort((a, b) => b.year - a.year)
    .map((t) => `${t.year} : ${t.hires}`)
    .join(' ; ');
}

/** The group's targets once the partnerships chosen join it: theirs added to its own, year by year. */
function mergedTargets(group: PartnershipGroup | undefined, joining: Partnership[]): { year: number; hires: number }[] {
  const byYear = new Map<number, number>();
  for (const t of [...(group?.hiringTargets ?? []), ...joining.flatMap((p) => p.hiringTargets)])
    byYear.set(t.year, (byYear.get(t.year) ?? 0) + t.hires);
  return [...byYear].map(([year, hires]) => ({ year, hires }));
}

/**
 * « Objectif partagé »: several partnerships of the structure share one yearly hiring target (the hires at each of
 * their landlords count towards it). Says before saving what becomes of the targets: those of the partnerships that
 * join are added to the shared one, year by year; a partnership that leaves keeps none. An existing share can be
 * stopped, confirmed with the targets it deletes.
 */
export function PartnershipGroupForm({
  group,
  partnerships,
  onClose,
  onDone,
}: {
  group?: PartnershipGroup;
  /** Every partnership of the structure (those sharing another target are not offered). */
  partnerships: Partnership[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const memberIds = new Set(group?.partnerships.map((p) => p.id) ?? []);
  const offered = partnerships.filter((p) => !p.group || p.group.id === group?.id);
  const elsewhere = partnerships.length - offered.length;
  const [name, setName] = useState(group?.name ?? '');
  const [chosen, setChosen] = useState<string[]>([...memberIds]);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const [save, saving] = useMutation(SavePartnershipGroupDocument, { refetchQueries: 'active' });
  const [remove, removing] = useMutation(DeletePartnershipGroupDocument, { refetchQueries: 'active' });

  const nameOf = (p: Partnership) => p.partnerOrganisation.name;
  const joining = offered.filter((p) => chosen.includes(p.id) && !memberIds.has(p.id));
  const leaving = offered.filter((p) => memberIds.has(p.id) && !chosen.includes(p.id));
  const bringing = joining.filter((p) => p.hiringTargets.length);
  const merged = mergedTargets(group, joining);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const found: FieldErrors<Field> = {};
    if (!name.trim()) found.name = 'champ obligatoire.';
    if (chosen.length < 2)
      found.partnershipIds = 'cochez au moins deux partenariats : un objectif partagé réunit plusieurs bailleurs.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          input: { id: group?.id ?? null, version: group?.version ?? null, name: name.trim(), partnershipIds: chosen },
        },
      });
      onDone(
        group
          ? `Objectif partagé « ${name.trim()} » enregistré.`
          : `Objectif partagé « ${name.trim()} » créé${merged.length ? ` : ${targetsText(merged)}` : ''}.`,
      );
    } catch (err) {
      const placed = placeProblem(err, ORDER);
      setErrors(placed.errors);
      setGlobal(placed.global);
    }
  };

  const stopSharing = async () => {
    if (!group) return;
    setGlobal(null);
    try {
      await remove({ variables: { input: { id: group.id, version: group.version } } });
      onDone(`Les partenariats ne partagent plus l’objectif « ${group.name} » : fixez un objectif pour chacun.`);
    } catch (err) {
      setConfirmingDelete(false);
      setGlobal(placeProblem(err, ORDER).global);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={group ? `Objectif partagé « ${group.name} »` : 'Partager un objectif d’embauches'}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      {confirmingDelete && group ? (
        <Stack gap="sm" ref={confirmRef} tabIndex={-1} aria-labelledby={`${idPrefix}-confirm`}>
          <Text id={`${idPrefix}-confirm`} fw={600}>
            Ne plus partager l’objectif « {group.name} » ?
          </Text>
          <Text size="sm">
            {group.partnerships.map((p) => p.partnerOrganisation.name).join(', ')} n’auront plus d’objectif d’embauches
            : vous en fixerez un pour chacun.{' '}
            {group.hiringTargets.length
              ? `Les objectifs partagés seront supprimés (${targetsText(group.hiringTargets)}).`
              : 'Aucun objectif n’est fixé pour l’instant.'}{' '}
            Les embauches restent enregistrées.
          </Text>
          <Group gap="sm" justify="flex-end">
            <Button variant="subtle" onClick={() => setConfirmingDelete(false)} data-autofocus>
              Annuler
            </Button>
            <Button color="red.9" onClick={stopSharing} loading={removing.loading}>
              Ne plus partager cet objectif
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary
            title="Rien n’est enregistré : corrigez ces points"
            items={summaryItems(global, errors, ORDER, LABELS, inputId)}
            focusKey={attempt}
          />
          <Stack gap="sm">
            <Text size="sm">
              Les embauches chez chacun des bailleurs cochés comptent face à un seul objectif par année, fixé ensuite
              avec « Objectif d’embauches ». Leur portail leur montre l’objectif partagé et avec qui.
            </Text>
            <TextInput
              id={inputId('name')}
              label={LABELS.name}
              description="Par exemple « Bailleurs de la Métropole »"
              withAsterisk
              required
              data-autofocus
              maxLength={200}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                if (errors.name) setErrors(({ name: _gone, ...rest }) => rest);
              }}
              error={sentence(errors.name)}
            />
            <Checkbox.Group
              id={inputId('partnershipIds')}
              label={LABELS.partnershipIds}
              description={
                elsewhere
                  ? `Deux au moins. ${elsewhere} partenariat${elsewhere > 1 ? 's partagent' : ' partage'} déjà un autre objectif et n’${elsewhere > 1 ? 'apparaissent' : 'apparaît'} pas ici.`
                  : 'Deux au moins.'
              }
              withAsterisk
              value={chosen}
              onChange={(value) => {
                setChosen(value);
                if (errors.partnershipIds) setErrors(({ partnershipIds: _gone, ...rest }) => rest);
              }}
              error={sentence(errors.partnershipIds)}
            >
              <Stack gap={6} mt={6}>
                {offered.map((p) => (
                  <Checkbox
                    key={p.id}
                    value={p.id}
                    label={nameOf(p)}
                    description={
                      p.hiringTargets.length ? `Objectifs propres : ${targetsText(p.hiringTargets)}` : undefined
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <div aria-live="polite">
              {bringing.length ? (
                <Text size="sm">
                  Les objectifs propres de {bringing.map(nameOf).join(', ')} s’ajouteront à l’objectif partagé, année
                  par année : {targetsText(merged)}.
                </Text>
              ) : null}
              {leaving.length ? (
                <Text size="sm">
                  {leaving.map(nameOf).join(', ')} {leaving.length > 1 ? 'quitteront' : 'quittera'} l’objectif partagé
                  sans objectif propre : fixez-en un ensuite.
                </Text>
              ) : null}
            </div>
          </Stack>
          <Group mt="md" gap="sm" justify="space-between">
            {group ? (
              <Button
                variant="outline"
                color="red.9"
                onClick={() => {
                  setConfirmingDelete(true);
                  setTimeout(() => confirmRef.current?.focus(), 0);
                }}
              >
                Ne plus partager…
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="subtle" onClick={onClose}>
                Annuler
              </Button>
              <Button type="submit" loading={saving.loading}>
                {group ? 'Enregistrer' : 'Partager l’objectif'}
              </Button>
            </Group>
          </Group>
        </form>
      )}
    </Modal>
  );
}
