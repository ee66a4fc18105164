import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel, formatCents, FUNDER_KIND_LABELS, FunderKind, Permission, todayInParis } from '@tremplin/domain';
import {
  EmptyState,
  FilterBar,
  ListStates,
  PageHeader,
  QueryError,
  SuccessNotice,
  TableScroll,
  useFilterParams,
} from '@tremplin/web-ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { AgreementForm } from '../../features/funding/components/AgreementForm';
import {
  AGREEMENT_STATE_LABELS,
  agreementState,
  type AgreementState,
  ConsumptionBar,
  periodLabel,
} from '../../features/funding/components/ConsumptionBar';
import { FunderForm } from '../../features/funding/components/FunderForm';
import { FundersDocument } from '../../features/funding/graphql/funding.generated';
import { formatBp, formatHourlyRate } from '@tremplin/domain';
import { Pager } from '../../features/funding/components/Pager';
import { matches, pageOf } from '../../features/funding/search';
import type { FundersQuery } from '../../gql/graphql';

const FUNDERS_PER_PAGE = 20;
type Funder = FundersQuery['funders'][number];
type Agreement = Funder['agreements'][number];

const STATE_OPTIONS = [
  { value: '', label: 'Toutes les conventions' },
  { value: 'running', label: 'En cours' },
  { value: 'upcoming', label: 'À venir' },
  { value: 'ended', label: 'Terminées' },
];
const KIND_OPTIONS = [
  { value: '', label: 'Tous les types' },
  ...Object.values(FunderKind).map((k) => ({ value: k, label: FUNDER_KIND_LABELS[k] })),
];

/** What the director is doing on the page, besides reading it. */
type Editing = { what: 'funder'; funder?: Funder } | { what: 'agreement'; funderId?: string } | null;

/** A funder's agreements as a table: reference, title, period, granted, co-financing rate, granted vs consumed. */
function AgreementsTable({ funder, agreements, today }: { funder: Funder; agreements: Agreement[]; today: string }) {
  return (
    <TableScroll minWidth={720} label={`Conventions de ${funder.name}`}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <caption>
          <VisuallyHidden>Conventions de {funder.name}, avec le montant accordé et la part consommée</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Convention</Table.Th>
            <Table.Th scope="col">Période</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Accordé
            </Table.Th>
            <Table.Th scope="col">Taux</Table.Th>
            <Table.Th scope="col" w={300}>
              Consommé / accordé
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreements.map((a) => {
            const state = agreementState(a.startDate, a.endDate, today);
            return (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/financements/conventions/${a.id}`} fw={600}>
                    {a.reference}
                  </Anchor>
                  <Text size="xs">{a.title}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {periodLabel(a.startDate, a.endDate)}
                  <Text size="xs" c="dimmed">
                    {AGREEMENT_STATE_LABELS[state]}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {formatCents(a.amountGrantedCents)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBp(a.coFinancingRateBp)}</Table.Td>
                <Table.Td>
                  <ConsumptionBar consumption={a.consumption} label={`Consommation de ${a.reference}`} size="sm" />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/**
 * « Financements »: the structure's funders and, under each, its agreements with what is consumed of each grant.
 * Search (funder, reference, title), filters by funder kind and agreement state, counts and totals of what is shown;
 * the director creates and edits funders and agreements in place. Filters live in the address (?q, ?type, ?etat).
 */
export function FundingPage() {
  const user = useCurrentUser();
  const canRead = can(user, Permission.FUNDING_READ);
  const canWrite = can(user, Permission.FUNDING_WRITE);
  const navigate = useNavigate();
  const [params, setParams, setParam] = useFilterParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const kind = params.get('type') ?? '';
  const state = (params.get('etat') ?? '') as AgreementState | '';
  const pageParam = Number(params.get('page') ?? '1') || 1;
  const today = todayInParis();

  useEffect(() => {
    document.title = 'Financements · Tremplin';
  }, []);

  useEffect(() => {
    if ((params.get('q') ?? '') === debounced) return;
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debounced, params, setParams]);

  // An opened form takes the focus (its first field), so that keyboard users land in it.
  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [editing]);

  const { data, previousData, loading, error } = useQuery(FundersDocument, { skip: !canRead });
  const funders = (data ?? previousData)?.funders;

  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  if (!canRead)
    return (
      <>
        <PageHeader title="Financements" />
        <EmptyState title="Cette page est réservée à la direction et aux chargé·es d’insertion de la structure." />
      </>
    );

  const q = params.get('q') ?? '';
  const filtered = Boolean(q || kind || state);
  // A funder is shown when its name matches (with all its agreements in the chosen state), or when some of its
  // agreements match by reference or title (with only those).
  const shown = (funders ?? [])
    .filter((f) => !kind || f.kind === kind)
    .map((f) => {
      const inState = f.agreements.filter((a) => !state || agreementState(a.startDate, a.endDate, today) === state);
      const byName = matches(q, f.name, f.kindLabel);
      const agreements = byName ? inState : inState.filter((a) => matches(q, a.reference, a.title));
      return { funder: f, agreements, visible: byName ? !state || agreements.length > 0 : agreements.length > 0 };
    })
    .filter((x) => x.visible)
    .sort((a, b) => a.funder.name.localeCompare(b.funder.name, 'fr'));
  const agreementCount = shown.reduce((n, x) => n + x.agreements.length, 0);
  const granted = shown.reduce((n, x) => n + x.agreements.reduce((m, a) => m + a.amountGrantedCents, 0), 0);
  const funded = shown.reduce((n, x) => n + x.agreements.reduce((m, a) => m + a.consumption.fundedCents, 0), 0);
  const paged = pageOf(shown, pageParam, FUNDERS_PER_PAGE);
  const funderOptions = (funders ?? []).map((f) => ({
    id: f.id,
    name: f.name,
    kindLabel: f.kindLabel,
    hourlyRateCents: f.hourlyRateCents,
  }));

  const close = () => setEditing(null);

  return (
    <>
      <PageHeader
        title="Financements"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {funders
              ? `${countLabel(shown.length, 'financeur')} · ${countLabel(agreementCount, 'convention')}${filtered ? ' pour ces critères' : ''}${agreementCount ? ` · ${formatCents(funded)} financés sur ${formatCents(granted)} accordés` : ''}`
              : 'Chargement…'}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <Button variant="outline" onClick={() => setEditing({ what: 'funder' })}>
                Nouveau financeur
              </Button>
              <Button onClick={() => setEditing({ what: 'agreement' })} disabled={!funders?.length}>
                Nouvelle convention
              </Button>
            </>
          ) : null
        }
      />

      <Stack gap="md">
        <SuccessNotice message={saved} onClose={() => setSaved(null)} />

        {editing ? (
          <div ref={formRef}>
            {editing.what === 'funder' ? (
              <FunderForm
                key={editing.funder?.id ?? 'new'}
                funder={editing.funder}
                onCancel={close}
                onDone={(f) => {
                  close();
                  setSaved(
                    editing.funder
                      ? `Le financeur ${f.name} est enregistré.`
                      : `Le financeur ${f.name} est créé : ajoutez-lui une convention.`,
                  );
                }}
              />
            ) : (
              <AgreementForm
                funders={funderOptions}
                funderId={editing.funderId}
                onCancel={close}
                onDone={(a) => navigate(`/financements/conventions/${a.id}`, { state: { created: a.reference } })}
              />
            )}
          </div>
        ) : null}

        <FilterBar label="Filtrer les financements" filtered={filtered} onClear={clearFilters}>
          <TextInput
            label="Rechercher un financeur ou une convention"
            description="Nom, référence ou intitulé"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 380 }}
          />
          <NativeSelect
            label="Type de financeur"
            value={kind}
            onChange={(e) => setParam('type', e.currentTarget.value)}
            data={KIND_OPTIONS}
            w={{ base: '100%', sm: 280 }}
          />
          <NativeSelect
            label="Conventions"
            value={state}
            onChange={(e) => setParam('etat', e.currentTarget.value)}
            data={STATE_OPTIONS}
            w={{ base: '100%', sm: 220 }}
          />
        </FilterBar>

        <QueryError
          title="Les financements n’ont pas pu être chargés"
          message={error ? problemOf(error).message : null}
        />

        <ListStates
          loaded={Boolean(funders)}
          loading={loading}
          loadingLabel="Chargement des financements"
          skeletonHeight={140}
          empty={shown.length === 0}
          filtered={filtered}
          onClearFilters={clearFilters}
          noMatchTitle="Aucun financeur ni aucune convention ne correspond à ces critères."
          noMatchHint="Vérifiez l’orthographe, ou cherchez parmi tous les types de financeurs et toutes les conventions."
          emptyState={
            <EmptyState
              title="Aucun financeur pour l’instant."
              action={
                canWrite ? (
                  <Button onClick={() => setEditing({ what: 'funder' })}>Ajouter un premier financeur</Button>
                ) : null
              }
            >
              Ajoutez les financeurs de la structure (OPCO, FSE+, DDETS, département…), puis leurs conventions : vous
              pourrez y imputer les heures de formation, les missions, le temps d’accompagnement et les dépenses.
            </EmptyState>
          }
        >
          {paged.items.map(({ funder, agreements }) => (
            <Paper key={funder.id} withBorder p="md" component="section" aria-labelledby={`funder-${funder.id}`}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="xs">
                <Stack gap={2}>
                  <Group gap="xs" wrap="wrap">
                    <Title order={2} size="h4" id={`funder-${funder.id}`}>
                      {funder.name}
                    </Title>
                    <Badge variant="outline" color="blue.9" radius="sm" tt="none">
                      {funder.kindLabel}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      funder.hourlyRateCents ? `forfait ${formatHourlyRate(funder.hourlyRateCents)}` : null,
                      funder.contactEmail,
                      countLabel(funder.agreements.length, 'convention'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
                {canWrite ? (
                  <Group gap="xs">
                    <Button
                      variant="subtle"
                      size="xs"
                      onClick={() => setEditing({ what: 'funder', funder })}
                      aria-label={`Modifier le financeur ${funder.name}`}
                    >
                      Modifier
                    </Button>
                    <Button
                      variant="light"
                      size="xs"
                      onClick={() => setEditing({ what: 'agreement', funderId: funder.id })}
                      aria-label={`Nouvelle convention avec ${funder.name}`}
                    >
                      Nouvelle convention
                    </Button>
                  </Group>
                ) : null}
              </Group>
              {agreements.length ? (
                <AgreementsTable funder={funder} agreements={agreements} today={today} />
              ) : (
                <Text size="sm" c="dimmed">
                  {funder.agreements.length
                    ? 'Aucune de ses conventions ne correspond à ces critères.'
                    : canWrite
                      ? 'Aucune convention : ajoutez la première avec « Nouvelle convention ».'
                      : 'Aucune convention.'}
                </Text>
              )}
            </Paper>
          ))}
          <Pager
            page={paged.page}
            pages={paged.pages}
            onChange={(p) => setParam('page', String(p))}
            label="Pages des financeurs"
          />
        </ListStates>
      </Stack>
    </>
  );
}
