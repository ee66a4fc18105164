import { TableScroll, TONES } from '@tremplin/web-ui';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import {
  countLabel,
  formatIsoDateFr,
  formatMinutes,
  parseFrDate,
  Permission,
  SESSION_KIND_LABELS,
  SessionKind,
} from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { SessionAttendanceGrid } from '../../features/activities/components/sessions-attendance-grid';
import { SessionCreateForm } from '../../features/activities/components/sessions-create-form';
import { CollectiveSessionsDocument } from '../../features/activities/graphql/sessions.generated';

/** Warning text: Mantine's orange.9 gives only 4.3:1 on white (4.1:1 on a striped row), under AA for small text. */
const WARN_TEXT = TONES.warning;

/** What the API lists at most; beyond, the period has to be narrowed. */
const SESSION_LIST_LIMIT = 200;
const COLUMNS = 6;
const KIND_OPTIONS = [
  { value: '', label: 'Tous les types' },
  ...Object.values(SessionKind).map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] })),
];

/** A period bound typed jj/mm/aaaa: written to the address (AAAA-MM-JJ) once it reads as a date, or when emptied. */
function PeriodInput({
  label,
  param,
  params,
  onChange,
}: {
  label: string;
  param: 'du' | 'au';
  params: URLSearchParams;
  onChange: (iso: string | null) => void;
}) {
  const iso = params.get(param);
  const [text, setText] = useState(iso ? formatIsoDateFr(iso) : '');
  const [error, setError] = useState<string | null>(null);
  return (
    <TextInput
      label={label}
      placeholder="jj/mm/aaaa"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      error={error}
      w={{ base: '100%', xs: 150 }}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText(value);
        setError(null);
        const parsed = parseFrDate(value);
        if (!value.trim()) onChange(null);
        else if (parsed) onChange(parsed);
      }}
      onBlur={() => setError(text.trim() && !parseFrDate(text) ? 'Saisissez une date au format jj/mm/aaaa.' : null)}
    />
  );
}

/**
 * Collective sessions (information meetings, training sessions, workshops) and their attendance sheets. Filters and
 * the session whose sheet is open live in the address (?type, ?du, ?au, ?session), so that a reload returns to them.
 */
export function SessionsPage() {
  const user = useCurrentUser();
  const canWrite = can(user, Permission.PATHWAY_WRITE);
  // The sheet is field entry: the technical supervisor fills it too (creating sessions stays the counsellors').
  const canEnter = can(user, Permission.FIELD_ENTRY);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [filterKey, setFilterKey] = useState(0);
  const kind = params.get('type') ?? '';
  const from = params.get('du');
  const to = params.get('au');
  const sessionId = params.get('session');
  const badRange = Boolean(from && to && to < from);

  useEffect(() => {
    document.title = 'Sessions collectives · Tremplin';
  }, []);

  const list = useQuery(CollectiveSessionsDocument, {
    variables: { kind: kind || undefined, from: from ?? undefined, to: to ?? undefined },
    skip: badRange,
  });
  const sessions = (list.data ?? list.previousData)?.collectiveSessions;
  const inList = sessions?.find((s) => s.id === sessionId);
  // The open sheet may be outside the filters: look it up among the latest sessions of the structure.
  const all = useQuery(CollectiveSessionsDocument, { variables: {}, skip: !sessionId || Boolean(inList) || !sessions });
  const chosen = inList ?? all.data?.collectiveSessions.find((s) => s.id === sessionId);
  const chosenMissing = Boolean(sessionId && !chosen && all.data);

  const setParam = (name: string, value: string | null, replace = true) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace },
    );
  const openSheet = (id: string | null) => setParam('session', id, false);
  const filtered = Boolean(kind || from || to);
  const clearFilters = () => {
    setParams(
      (p) => {
        const next = new URLSearchParams();
        const s = p.get('session');
        if (s) next.set('session', s);
        return next;
      },
      { replace: true },
    );
    setFilterKey((k) => k + 1);
  };

  // Opening a sheet brings its title into view and gives it the focus.
  const chosenId = chosen?.id;
  useEffect(() => {
    if (!chosenId) return;
    const title = document.querySelector<HTMLElement>('[data-sheet-title] h2');
    title?.focus({ preventScroll: true });
    title?.scrollIntoView({ block: 'nearest' });
  }, [chosenId]);

  const subtitle = badRange
    ? 'Période à corriger'
    : sessions
      ? `${countLabel(sessions.length, 'session')}${filtered ? ' pour ces critères' : ''}${sessions.length >= SESSION_LIST_LIMIT ? ` : les ${SESSION_LIST_LIMIT} plus récentes, précisez la période` : ''}`
      : 'Chargement…';

  return (
    <>
      <PageHeader
        title="Sessions collectives"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {subtitle}
          </span>
        }
        actions={canWrite && !creating ? <Button onClick={() => setCreating(true)}>Nouvelle session</Button> : null}
      />

      <Stack gap="md">
        {creating ? (
          <SessionCreateForm
            onCancel={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              openSheet(id);
            }}
          />
        ) : null}

        {chosen ? (
          <div data-sheet-title>
            <SessionAttendanceGrid
              key={chosen.id}
              session={chosen}
              canWrite={canEnter}
              onClose={() => openSheet(null)}
            />
          </div>
        ) : sessionId && !chosenMissing ? (
          <Skeleton height={160} role="status" aria-label="Chargement de la feuille d’émargement" />
        ) : chosenMissing ? (
          <Alert color="orange" withCloseButton closeButtonLabel="Fermer ce message" onClose={() => openSheet(null)}>
            <strong>Feuille introuvable.</strong> Cette session n’est pas parmi les {SESSION_LIST_LIMIT} plus récentes
            de votre structure, ou elle n’existe plus. Choisissez-la dans la liste ci-dessous.
          </Alert>
        ) : null}

        <Paper withBorder p="sm">
          <Group
            align="flex-start"
            gap="md"
            wrap="wrap"
            role="search"
            aria-label="Filtrer les sessions"
            key={filterKey}
          >
            <NativeSelect
              label="Type"
              value={kind}
              onChange={(e) => setParam('type', e.currentTarget.value || null)}
              data={KIND_OPTIONS}
              w={{ base: '100%', xs: 220 }}
            />
            <PeriodInput label="Du" param="du" params={params} onChange={(iso) => setParam('du', iso)} />
            <PeriodInput label="Au" param="au" params={params} onChange={(iso) => setParam('au', iso)} />
            {filtered ? (
              <Button variant="subtle" mt={25} onClick={clearFilters}>
                Effacer les filtres
              </Button>
            ) : null}
          </Group>
          {badRange && from && to ? (
            <Text size="sm" c="red.9" mt="xs" role="alert">
              La fin de la période ({formatIsoDateFr(to)}) précède son début ({formatIsoDateFr(from)}) : corrigez l’une
              des deux dates.
            </Text>
          ) : null}
        </Paper>

        {list.error ? (
          <Alert color="red" role="alert" title="Les sessions n’ont pas pu être chargées">
            {problemOf(list.error).message}
          </Alert>
        ) : null}

        {sessions && sessions.length === 0 && !badRange ? (
          filtered ? (
            <EmptyState
              title="Aucune session ne correspond à ces critères."
              action={
                <Button variant="outline" onClick={clearFilters}>
                  Effacer les filtres
                </Button>
              }
            >
              Élargissez la période ou choisissez un autre type de session.
            </EmptyState>
          ) : (
            <EmptyState
              title="Aucune session collective pour l’instant."
              action={
                canWrite && !creating ? (
                  <Button onClick={() => setCreating(true)}>Créer la première session</Button>
                ) : null
              }
            >
              Créez une réunion d’information, une session de formation ou un atelier, puis saisissez sa feuille
              d’émargement.
            </EmptyState>
          )
        ) : badRange ? null : (
          <TableScroll minWidth={640} label="Sessions collectives">
            <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-busy={list.loading}>
              <caption>
                <VisuallyHidden>
                  Sessions collectives de la structure, de la plus récente à la plus ancienne
                </VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Type</Table.Th>
                  <Table.Th scope="col">Session</Table.Th>
                  <Table.Th scope="col">Organisme de formation</Table.Th>
                  <Table.Th scope="col">Durée prévue</Table.Th>
                  <Table.Th scope="col">Émargement</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions
                  ? sessions.map((s) => {
                      const current = s.id === sessionId;
                      const next = new URLSearchParams(params);
                      next.set('session', s.id);
                      return (
                        <Table.Tr
                          key={s.id}
                          style={current ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-blue-8)' } : undefined}
                        >
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDateFr(s.sessionDate)}</Table.Td>
                          <Table.Td>{s.kindLabel}</Table.Td>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`?${next.toString()}`}
                              fw={600}
                              aria-current={current ? 'true' : undefined}
                            >
                              {s.title}
                            </Anchor>
                            {s.group ? (
                              <Text size="xs" c="dimmed">
                                Groupe {s.group.name}
                              </Text>
                            ) : null}
                            {s.certificationBlock ? (
                              <Text size="xs" c="dimmed">
                                Bloc {s.certificationBlock.code} {s.certificationBlock.title}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>{s.trainingBody ?? '—'}</Table.Td>
                          <Table.Td>{formatMinutes(s.plannedMinutes)}</Table.Td>
                          <Table.Td>
                            {s.attendances.length ? (
                              countLabel(s.attendances.length, 'personne')
                            ) : (
                              <Text span size="sm" c={WARN_TEXT}>
                                à saisir
                              </Text>
                            )}
                            {current ? <VisuallyHidden> (feuille ouverte)</VisuallyHidden> : null}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })
                  : Array.from({ length: 6 }, (_, i) => (
                      <Table.Tr key={i}>
                        {Array.from({ length: COLUMNS }, (__, j) => (
                          <Table.Td key={j}>
                            <Skeleton height={18} />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </>
  );
}
