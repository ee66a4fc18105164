import { useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel, HIRING_NEED_STATUS_LABELS, HiringNeedStatus, Permission, todayInParis } from '@tremplin/domain';
import {
  EmptyState,
  FilterBar,
  ListStates,
  PageHeader,
  QueryError,
  SuccessNotice,
  useFilterParams,
} from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { Pager } from '../../features/funding/components/Pager';
import { matches, pageOf } from '../../features/funding/search';
import { HiringNeedForm } from '../../features/partners/components/HiringNeedForm';
import { hiringProgressLabel } from '../../features/partners/components/HiringProgressBar';
import { HiringTargetForm } from '../../features/partners/components/HiringTargetForm';
import { PartnershipGroupForm } from '../../features/partners/components/PartnershipGroupForm';
import { type PartnershipActions, PartnershipCard } from '../../features/partners/components/PartnershipCard';
import {
  EndPartnershipDialog,
  isActivePartnership,
  PartnershipForm,
} from '../../features/partners/components/PartnershipForm';
import { PartnershipsDocument, PartnersHiringNeedsDocument } from '../../features/partners/graphql/partners.generated';
import type {
  PartnerHiringNeedFieldsFragment,
  PartnershipFieldsFragment,
  PartnershipGroupFieldsFragment,
  PartnersHiringNeedsQuery,
} from '../../gql/graphql';

const PER_PAGE = 10;
type Partnership = PartnershipFieldsFragment;
type PartnershipGroup = PartnershipGroupFieldsFragment;
type Need = PartnerHiringNeedFieldsFragment;

const STATE_OPTIONS = [
  { value: '', label: 'Tous les partenariats' },
  { value: 'active', label: 'En cours' },
  { value: 'ended', label: 'Terminés' },
];
const NEED_STATUS_OPTIONS = Object.values(HiringNeedStatus).map((s) => ({
  value: s,
  label: `${HIRING_NEED_STATUS_LABELS[s]}s`,
}));

/** What is being done on the page besides reading it (each opens a dialog). */
type Editing =
  | { what: 'partnership'; partnership?: Partnership }
  | { what: 'end'; partnership: Partnership }
  | { what: 'target'; partnership: Partnership; year: number }
  | { what: 'sharedTarget'; group: PartnershipGroup; year: number }
  | { what: 'group'; group?: PartnershipGroup }
  | { what: 'need'; need?: Need; partnerOrganisationId?: string }
  | null;

/**
 * « Partenaires »: the structure's partnerships with landlords — since when, their sites, this year's hires against
 * the target (its own, or one shared by several landlords), targets by year — and each landlord's hiring needs. The
 * director adds, edits and ends partnerships, shares targets and sets them; counsellors and the director add needs and
 * edit those the structure entered.
 * Search by partner, filters by partnership state and need status, in the address (?q, ?etat, ?besoins, ?page).
 */
export function PartnersPage() {
  const user = useCurrentUser();
  const canRead = can(user, Permission.PATHWAY_READ);
  const canManage = can(user, Permission.PARTNERSHIP_WRITE);
  const canPropose = can(user, Permission.PROPOSAL_WRITE);
  const [params, setParams, setParam] = useFilterParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const state = params.get('etat') ?? '';
  const needStatus = (params.get('besoins') ?? HiringNeedStatus.OPEN) as HiringNeedStatus;
  const pageParam = Number(params.get('page') ?? '1') || 1;
  const today = todayInParis();

  useEffect(() => {
    document.title = 'Partenaires · Tremplin';
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

  const partnershipsQuery = useQuery(PartnershipsDocument, { skip: !canRead });
  const needsQuery = useQuery(PartnersHiringNeedsDocument, {
    variables: { status: needStatus },
    skip: !canRead,
  });
  const partnerships = (partnershipsQuery.data ?? partnershipsQuery.previousData)?.partnerships;
  const groups = (partnershipsQuery.data ?? partnershipsQuery.previousData)?.partnershipGroups ?? [];
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const needs = needsQuery.data?.hiringNeeds;

  const clearFilters = () => {
    setSearch('');
    setParams(
      needStatus !== HiringNeedStatus.OPEN ? new URLSearchParams({ besoins: needStatus }) : new URLSearchParams(),
      {
        replace: true,
      },
    );
  };

  if (!canRead)
    return (
      <>
        <PageHeader title="Partenaires" />
        <EmptyState title="Cette page est réservée aux équipes des structures." />
      </>
    );

  const q = params.get('q') ?? '';
  const filtered = Boolean(q || state);
  const running = (partnerships ?? []).filter((p) => isActivePartnership(p, today));
  const shown = (partnerships ?? [])
    .filter((p) => !state || (state === 'active') === isActivePartnership(p, today))
    .filter((p) => matches(q, p.partnerOrganisation.name, p.partnerOrganisation.city))
    // Running partnerships first, then by name.
    .sort(
      (a, b) =>
        Number(isActivePartnership(b, today)) - Number(isActivePartnership(a, today)) ||
        a.partnerOrganisation.name.localeCompare(b.partnerOrganisation.name, 'fr'),
    );
  const paged = pageOf(shown, pageParam, PER_PAGE);
  const needsByPartner = new Map<string, PartnersHiringNeedsQuery['hiringNeeds']>();
  for (const n of needs ?? []) {
    const list = needsByPartner.get(n.partnerOrganisation.id) ?? [];
    list.push(n);
    needsByPartner.set(n.partnerOrganisation.id, list);
  }
  const shownIds = new Set(shown.map((p) => p.partnerOrganisation.id));
  const shownNeeds = (needs ?? []).filter((n) => shownIds.has(n.partnerOrganisation.id)).length;
  const year = running[0]?.progress.year ?? Number(today.slice(0, 4));
  // Per target: a shared one counts once, with the hires at all of its landlords (docs/adr/0008).
  const withTarget = [
    ...new Map(
      shown
        .filter((p) => isActivePartnership(p, today))
        .filter((p) => p.progress.target !== null && p.progress.target !== undefined)
        .map((p) => [p.group?.id ?? p.id, p.progress] as const),
    ).values(),
  ];
  const totals = {
    year,
    hires: withTarget.reduce((n, p) => n + p.hires, 0),
    target: withTarget.reduce((n, p) => n + (p.target ?? 0), 0),
  };
  const shareable = (partnerships ?? []).filter((p) => !p.group);

  const close = () => setEditing(null);
  const done = (message: string) => {
    setEditing(null);
    setSaved(message);
  };
  const actions: PartnershipActions = {
    onEdit: canManage ? (partnership) => setEditing({ what: 'partnership', partnership }) : undefined,
    onEnd: canManage ? (partnership) => setEditing({ what: 'end', partnership }) : undefined,
    onTarget: canManage ? (partnership, y) => setEditing({ what: 'target', partnership, year: y }) : undefined,
    onSharedTarget: canManage ? (group, y) => setEditing({ what: 'sharedTarget', group, year: y }) : undefined,
    onEditGroup: canManage ? (group) => setEditing({ what: 'group', group }) : undefined,
    onAddNeed: canPropose
      ? (partnership) => setEditing({ what: 'need', partnerOrganisationId: partnership.partnerOrganisation.id })
      : undefined,
    onEditNeed: canPropose ? (need) => setEditing({ what: 'need', need }) : undefined,
  };
  const needStatusAdj = (HIRING_NEED_STATUS_LABELS[needStatus] ?? '').toLowerCase();

  return (
    <>
      <PageHeader
        title="Partenaires"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {partnerships
              ? [
                  `${countLabel(shown.length, 'partenariat')}${filtered ? ' pour ces critères' : ''}`,
                  needs ? countLabel(shownNeeds, `besoin ${needStatusAdj}`, `besoins ${needStatusAdj}s`) : null,
                  withTarget.length ? `${hiringProgressLabel(totals)} en ${year} (partenariats en cours)` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')
              : 'Chargement…'}
          </span>
        }
        actions={
          canManage || canPropose ? (
            <>
              {canPropose ? (
                <Button variant="outline" onClick={() => setEditing({ what: 'need' })} disabled={!running.length}>
                  Ajouter un besoin
                </Button>
              ) : null}
              {canManage ? (
                <Button
                  variant="outline"
                  onClick={() => setEditing({ what: 'group' })}
                  disabled={shareable.length < 2}
                  title={
                    shareable.length < 2
                      ? 'Il faut au moins deux partenariats qui ne partagent pas déjà un objectif.'
                      : undefined
                  }
                >
                  Partager un objectif
                </Button>
              ) : null}
              {canManage ? (
                <Button onClick={() => setEditing({ what: 'partnership' })} disabled={!partnerships}>
                  Ajouter un partenariat
                </Button>
              ) : null}
            </>
          ) : null
        }
      />

      <Stack gap="md">
        <SuccessNotice message={saved} onClose={() => setSaved(null)} />

        <FilterBar label="Filtrer les partenaires" filtered={filtered} onClear={clearFilters}>
          <TextInput
            label="Rechercher un partenaire"
            description="Nom ou ville de l’employeur"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <NativeSelect
            label="Partenariats"
            value={state}
            onChange={(e) => setParam('etat', e.currentTarget.value)}
            data={STATE_OPTIONS}
            w={{ base: '100%', sm: 220 }}
          />
          <NativeSelect
            label="Besoins de recrutement"
            value={needStatus}
            onChange={(e) =>
              setParam('besoins', e.currentTarget.value === HiringNeedStatus.OPEN ? '' : e.currentTarget.value)
            }
            data={NEED_STATUS_OPTIONS}
            w={{ base: '100%', sm: 220 }}
          />
        </FilterBar>

        <QueryError
          title="Les partenariats n’ont pas pu être chargés"
          message={partnershipsQuery.error ? problemOf(partnershipsQuery.error).message : null}
        />
        <QueryError
          title="Les besoins de recrutement n’ont pas pu être chargés"
          message={needsQuery.error ? problemOf(needsQuery.error).message : null}
        />

        <ListStates
          loaded={Boolean(partnerships)}
          loading={partnershipsQuery.loading}
          loadingLabel="Chargement des partenariats"
          skeletonHeight={180}
          empty={shown.length === 0}
          filtered={filtered}
          onClearFilters={clearFilters}
          noMatchTitle="Aucun partenariat ne correspond à ces critères."
          noMatchHint="Vérifiez l’orthographe du nom de l’employeur, ou cherchez parmi tous les partenariats."
          emptyState={
            <EmptyState
              title="Aucun partenariat pour l’instant."
              action={
                canManage ? (
                  <Button onClick={() => setEditing({ what: 'partnership' })}>Ajouter un premier partenariat</Button>
                ) : null
              }
            >
              {canManage
                ? 'Ajoutez les bailleurs avec qui la structure travaille et fixez un objectif d’embauches par année : leurs besoins de recrutement apparaîtront ici.'
                : 'La direction de la structure enregistre les partenariats avec les bailleurs ; leurs besoins de recrutement apparaîtront ici.'}
            </EmptyState>
          }
        >
          {paged.items.map((p) => (
            <PartnershipCard
              key={p.id}
              partnership={p}
              group={p.group ? groupById.get(p.group.id) : null}
              needs={needsByPartner.get(p.partnerOrganisation.id) ?? []}
              needStatus={needStatus}
              needsLoading={!needs && needsQuery.loading}
              today={today}
              actions={actions}
            />
          ))}
          <Pager
            page={paged.page}
            pages={paged.pages}
            onChange={(page) => setParam('page', String(page))}
            label="Pages des partenariats"
          />
        </ListStates>
      </Stack>

      {editing?.what === 'partnership' ? (
        <PartnershipForm
          partnership={editing.partnership}
          partnerships={partnerships ?? []}
          onClose={close}
          onDone={done}
        />
      ) : null}
      {editing?.what === 'end' ? (
        <EndPartnershipDialog partnership={editing.partnership} onClose={close} onDone={done} />
      ) : null}
      {editing?.what === 'target' ? (
        <HiringTargetForm
          holder={{ partnership: editing.partnership }}
          year={editing.year}
          onClose={close}
          onDone={done}
        />
      ) : null}
      {editing?.what === 'sharedTarget' ? (
        <HiringTargetForm holder={{ group: editing.group }} year={editing.year} onClose={close} onDone={done} />
      ) : null}
      {editing?.what === 'group' ? (
        <PartnershipGroupForm group={editing.group} partnerships={partnerships ?? []} onClose={close} onDone={done} />
      ) : null}
      {editing?.what === 'need' ? (
        <HiringNeedForm
          need={editing.need}
          partnerOrganisationId={editing.partnerOrganisationId}
          partnerships={running}
          onClose={close}
          onDone={done}
        />
      ) : null}
    </>
  );
}
