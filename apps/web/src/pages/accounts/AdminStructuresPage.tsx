import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { STRUCTURE_KIND_LABELS, StructureKind } from '@tremplin/domain';
import { PageHeader, QueryError, SuccessNotice, TableScroll } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import {
  AdminStructuresDocument,
  CreateStructureDocument,
  SetStructureActiveDocument,
  UpdateStructureDocument,
} from '../../features/accounts/graphql/accounts.generated';
import type { AdminStructuresQuery } from '../../gql/graphql';

type Structure = AdminStructuresQuery['adminStructures'][number];
const KINDS = Object.values(StructureKind).filter((k) => k !== StructureKind.OTHER);
const TEXT_FIELDS = [
  ['name', 'Nom de la structure'],
  ['siret', 'SIRET (14 chiffres)'],
  ['city', 'Ville'],
  ['departement', 'Département (ex. 76, 2A, 974)'],
  ['conventionNumber', 'N° de convention'],
  ['conventionStartsOn', 'Début de la convention'],
  ['conventionEndsOn', 'Fin de la convention'],
  ['annexNumber', 'N° d’annexe financière'],
  ['annexStartsOn', 'Début de l’annexe'],
  ['annexEndsOn', 'Fin de l’annexe'],
] as const;
type TextField = (typeof TEXT_FIELDS)[number][0];
type Values = Record<TextField, string> & { kind: string; hiringTarget: number | '' };

function valuesOf(s?: Structure): Values {
  return {
    name: s?.name ?? '',
    siret: s?.siret ?? '',
    city: s?.city ?? '',
    departement: s?.departement ?? '',
    conventionNumber: s?.conventionNumber ?? '',
    conventionStartsOn: s?.conventionStartsOn ?? '',
    conventionEndsOn: s?.conventionEndsOn ?? '',
    annexNumber: s?.annexNumber ?? '',
    annexStartsOn: s?.annexStartsOn ?? '',
    annexEndsOn: s?.annexEndsOn ?? '',
    kind: s?.kind ?? StructureKind.ACI,
    hiringTarget: s?.hiringTarget ?? '',
  };
}

/** Create or edit a structure. */
function StructureForm({ structure, onDone }: { structure?: Structure; onDone: (message: string) => void }) {
  const [values, setValues] = useState<Values>(() => valuesOf(structure));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateStructureDocument, { refetchQueries: ['AdminStructures'] });
  const [update, { loading: updating }] = useMutation(UpdateStructureDocument, { refetchQueries: ['AdminStructures'] });
  const prefix = structure ? `edit-${structure.id}` : 'new-structure';
  const isDate = (f: string) => f.endsWith('On');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      ...Object.fromEntries(
        TEXT_FIELDS.map(([f]) => [f, values[f].trim() === '' && f !== 'name' && f !== 'siret' ? null : values[f]]),
      ),
      kind: values.kind as StructureKind,
      hiringTarget: values.hiringTarget === '' ? null : values.hiringTarget,
    } as Record<string, unknown>;
    try {
      if (structure)
        await update({ variables: { input: { ...input, id: structure.id, updatedAt: structure.updatedAt } } });
      else await create({ variables: { input: input as never } });
      setErrors({});
      setProblem(null);
      onDone(structure ? `Structure « ${values.name} » modifiée.` : `Structure « ${values.name} » créée.`);
      if (!structure) setValues(valuesOf());
    } catch (err) {
      const p = problemOf(err);
      const byField = Object.fromEntries(p.fieldErrors.map((f) => [f.field, f.message]));
      setErrors(byField);
      setProblem(p.message);
      const first = p.fieldErrors[0]?.field;
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={structure ? `Modifier ${structure.name}` : 'Nouvelle structure'}>
      <Stack gap="sm">
        {problem ? (
          <Alert color="red" role="alert" title="Structure non enregistrée">
            {problem}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            id={`${prefix}-kind`}
            label="Type de structure"
            data={KINDS.map((k) => ({ value: k, label: `${k} — ${STRUCTURE_KIND_LABELS[k]}` }))}
            value={values.kind}
            onChange={(e) => setValues({ ...values, kind: e.currentTarget.value })}
            error={errors['kind']}
          />
          {TEXT_FIELDS.map(([field, label]) => (
            <TextInput
              key={field}
              id={`${prefix}-${field}`}
              label={label}
              type={isDate(field) ? 'date' : 'text'}
              required={field === 'name' || field === 'siret'}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.currentTarget.value })}
              error={errors[field]}
            />
          ))}
          <NumberInput
            id={`${prefix}-hiringTarget`}
            label="Objectif d’embauches de l’annexe"
            min={0}
            allowDecimal={false}
            value={values.hiringTarget}
            onChange={(v) => setValues({ ...values, hiringTarget: typeof v === 'number' ? v : '' })}
            error={errors['hiringTarget']}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={creating || updating}>
            {structure ? 'Enregistrer les modifications' : 'Créer la structure'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The administrator's structures: create, edit, deactivate; each one's team. */
export function AdminStructuresPage() {
  const { data, error } = useQuery(AdminStructuresDocument, { fetchPolicy: 'cache-and-network' });
  const [setActive] = useMutation(SetStructureActiveDocument, { refetchQueries: ['AdminStructures'] });
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = 'Structures · Tremplin';
  }, []);
  const done = (message: string) => {
    setNotice(message);
    setEditing(null);
    noticeRef.current?.focus();
  };

  return (
    <Stack>
      <PageHeader title="Structures" subtitle="Les structures d’insertion, leur convention et leurs équipes." />
      <div ref={noticeRef} tabIndex={-1}>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      </div>
      <QueryError title="Structures indisponibles" message={error ? problemOf(error).message : null} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="new-structure-title">
        <Title order={2} size="h3" mb="sm" id="new-structure-title">
          Nouvelle structure
        </Title>
        <StructureForm onDone={done} />
      </Paper>
      <section aria-labelledby="structures-title">
        <Title order={2} size="h3" mb="sm" id="structures-title">
          Structures existantes
        </Title>
        <TableScroll minWidth={820} label="Structures">
          <Table striped aria-labelledby="structures-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">SIRET</Table.Th>
                <Table.Th scope="col">Département</Table.Th>
                <Table.Th scope="col">Comptes</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.adminStructures ?? []).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.kind}</Table.Td>
                  <Table.Td>{s.siret}</Table.Td>
                  <Table.Td>{s.departement ?? '—'}</Table.Td>
                  <Table.Td>{s.staffCount}</Table.Td>
                  <Table.Td>{s.active ? 'Active' : 'Désactivée'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component={Link} to={`/administration/structures/${s.id}/equipe`}>
                        Équipe<VisuallyHidden> de {s.name}</VisuallyHidden>
                      </Anchor>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setEditing(editing === s.id ? null : s.id)}
                        aria-expanded={editing === s.id}
                      >
                        Modifier<VisuallyHidden> {s.name}</VisuallyHidden>
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={async () => {
                          await setActive({ variables: { input: { id: s.id, active: !s.active } } });
                          done(
                            s.active
                              ? `Structure « ${s.name} » désactivée : ses comptes ne se connectent plus.`
                              : `Structure « ${s.name} » réactivée.`,
                          );
                        }}
                      >
                        {s.active ? 'Désactiver' : 'Réactiver'}
                        <VisuallyHidden> {s.name}</VisuallyHidden>
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {editing && data ? (
          <Paper withBorder p="lg" radius="md" mt="md">
            <StructureForm structure={data.adminStructures.find((s) => s.id === editing)} onDone={done} />
          </Paper>
        ) : null}
      </section>
    </Stack>
  );
}
