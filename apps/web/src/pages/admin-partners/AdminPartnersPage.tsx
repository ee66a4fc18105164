import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { countLabel, Permission } from '@tremplin/domain';
import {
  EmptyState,
  FilterBar,
  ListStates,
  PageHeader,
  QueryError,
  SuccessNotice,
  useFilterParams,
} from '@tremplin/web-ui';
import { useEffect, useRef, useState } from 'react';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { AdminPartnerOrganisationsDocument } from '../../features/admin-partners/graphql/admin-partners.generated';
import { CredentialsDialog, type IssuedCredentials } from '../../features/admin-partners/components/CredentialsDialog';
import { type OrganisationActions, OrganisationCard } from '../../features/admin-partners/components/OrganisationCard';
import { OrganisationForm } from '../../features/admin-partners/components/OrganisationForm';
import {
  type ReviewerAction,
  ReviewerActionDialog,
} from '../../features/admin-partners/components/ReviewerActionDialog';
import { ReviewerForm } from '../../features/admin-partners/components/ReviewerForm';
import { SiteForm } from '../../features/admin-partners/components/SiteForm';
import { Pager } from '../../features/funding/components/Pager';
import { matches, pageOf } from '../../features/funding/search';
import type {
  AdminPartnerOrganisationFieldsFragment,
  AdminPartnerOrganisationsQuery,
  AdminPartnerReviewerFieldsFragment,
  AdminPartnerSiteFieldsFragment,
} from '../../gql/graphql';

const PER_PAGE = 10;
type Organisation = AdminPartnerOrganisationFieldsFragment;
/** An organisation of the list, as the page reads it (what it filters and counts by); its card reads the rest. */
type Listed = AdminPartnerOrganisationsQuery['adminPartnerOrganisations'][number];

const KIND_OPTIONS = [
  { value: '', label: 'Tous les types' },
  { value: 'SOCIAL_LANDLORD', label: 'Bailleurs sociaux' },
  { value: 'OTHER', label: 'Autres employeurs' },
];

/** What is being done besides reading (each opens a dialog). */
type Editing =
  | { what: 'organisation'; organisation?: Organisation }
  | { what: 'site'; organisation: Organisation; site?: AdminPartnerSiteFieldsFragment }
  | { what: 'reviewer'; organisation: Organisation }
  | {
      what: 'reviewer-action';
      organisation: Organisation;
      reviewer: AdminPartnerReviewerFieldsFragment;
      action: ReviewerAction;
    }
  | { what: 'credentials'; credentials: IssuedCredentials }
  | null;

/** Everything a search may find an organisation by: its name, city, SIRET, sites, and its reviewers' names and e-mails. */
function searchable(o: Listed): string[] {
  return [
    o.name,
    o.city ?? '',
    o.siret ?? '',
    ...o.sites.flatMap((s) => [s.name, s.city ?? '']),
    ...o.reviewers.flatMap((r) => [r.fullName, r.email]),
  ];
}

/**
 * « Partenaires employeurs » (administration): the partner organisations (social landlords and other employers), their
 * sites and their reviewers' accounts. The administrator creates and edits organisations, adds and renames sites,
 * creates accounts (their one-time password is shown once), deactivates, reactivates or gives a new password.
 * Search and kind filter in the address (?q, ?type, ?page).
 */
export function AdminPartnersPage() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.PARTNER_ADMIN);
  const [params, setParams, setParam] = useFilterParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const client = useApolloClient();
  /** The organisation to show once rendered (a new one): its heading takes the focus. */
  const reveal = useRef<string | null>(null);
  const kind = params.get('type') ?? '';
  const pageParam = Number(params.get('page') ?? '1') || 1;

  useEffect(() => {
    document.title = 'Partenaires employeurs · Tremplin';
  }, []);

  // The typed search goes to the address once it settles (only when it changed: clearing the filters is not undone).
  const lastSearch = useRef(debounced);
  useEffect(() => {
    if (lastSearch.current === debounced) return;
    lastSearch.current = debounced;
    setParams(
      (p) => {
        if ((p.get('q') ?? '') === debounced) return p;
        const next = new URLSearchParams(p);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const query = useQuery(AdminPartnerOrganisationsDocument, { skip: !allowed });
  const organisations = (query.data ?? query.previousData)?.adminPartnerOrganisations;

  const q = params.get('q') ?? '';
  const filtered = Boolean(q || kind);
  const shown = (organisations ?? [])
    .filter((o) => !kind || o.kind === kind)
    .filter((o) => matches(q, ...searchable(o)));
  const paged = pageOf(shown, pageParam, PER_PAGE);

  useEffect(() => {
    const heading = reveal.current ? document.getElementById(`organisation-${reveal.current}`) : null;
    if (!heading) return;
    heading.focus();
    reveal.current = null;
  });

  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  if (!allowed)
    return (
      <>
        <PageHeader title="Partenaires employeurs" />
        <EmptyState title="Cette page est réservée à l’administration de Tremplin." />
      </>
    );

  const close = () => setEditing(null);
  const done = (message: string) => {
    setEditing(null);
    setSaved(message);
  };
  const issued = (credentials: IssuedCredentials) => setEditing({ what: 'credentials', credentials });
  const actions: OrganisationActions = {
    onEdit: (organisation) => setEditing({ what: 'organisation', organisation }),
    onAddSite: (organisation) => setEditing({ what: 'site', organisation }),
    onRenameSite: (organisation, site) => setEditing({ what: 'site', organisation, site }),
    onAddReviewer: (organisation) => setEditing({ what: 'reviewer', organisation }),
    onReviewer: (organisation, reviewer, action) =>
      setEditing({ what: 'reviewer-action', organisation, reviewer, action }),
  };
  const all = organisations ?? [];
  const sites = all.reduce((n, o) => n + o.sites.length, 0);
  const accounts = all.reduce((n, o) => n + o.reviewers.filter((r) => r.active).length, 0);

  return (
    <>
      <PageHeader
        title="Partenaires employeurs"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {organisations
              ? [
                  `${countLabel(shown.length, 'organisation')}${filtered ? ' pour ces critères' : ''}`,
                  filtered ? null : countLabel(sites, 'site'),
                  filtered ? null : countLabel(accounts, 'compte actif', 'comptes actifs'),
                ]
                  .filter(Boolean)
                  .join(' · ')
              : 'Chargement…'}
          </span>
        }
        actions={
          <Button onClick={() => setEditing({ what: 'organisation' })} disabled={!organisations}>
            Ajouter une organisation
          </Button>
        }
      />

      <Stack gap="md">
        <SuccessNotice message={saved} onClose={() => setSaved(null)} />

        <FilterBar label="Filtrer les organisations" filtered={filtered} onClear={clearFilters}>
          <TextInput
            label="Rechercher une organisation"
            description="Nom, ville, SIRET, site, nom ou adresse e-mail d’un compte"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 360 }}
          />
          <NativeSelect
            label="Type"
            value={kind}
            onChange={(e) => setParam('type', e.currentTarget.value)}
            data={KIND_OPTIONS}
            w={{ base: '100%', sm: 220 }}
          />
        </FilterBar>

        <QueryError
          title="Les organisations partenaires n’ont pas pu être chargées"
          message={query.error ? problemOf(query.error).message : null}
        />

        <ListStates
          loaded={Boolean(organisations)}
          loading={query.loading}
          loadingLabel="Chargement des organisations partenaires"
          skeletonHeight={220}
          empty={shown.length === 0}
          filtered={filtered}
          onClearFilters={clearFilters}
          noMatchTitle="Aucune organisation ne correspond à ces critères."
          noMatchHint={`Vérifiez l’orthographe, ou cherchez parmi ${kind ? 'tous les types' : 'toutes les organisations'}.`}
          emptyState={
            <EmptyState
              title="Aucune organisation partenaire pour l’instant."
              action={
                <Button onClick={() => setEditing({ what: 'organisation' })}>Ajouter une première organisation</Button>
              }
            >
              Ajoutez les bailleurs sociaux et autres employeurs qui accueillent des missions et recrutent : leurs
              sites, puis les comptes de leurs équipes pour le portail employeur.
            </EmptyState>
          }
        >
          {paged.items.map((o) => (
            <OrganisationCard key={o.id} organisation={o} actions={actions} />
          ))}
          <Pager
            page={paged.page}
            pages={paged.pages}
            onChange={(page) => setParam('page', String(page))}
            label="Pages des organisations partenaires"
          />
        </ListStates>
      </Stack>

      {editing?.what === 'organisation' ? (
        <OrganisationForm
          organisation={editing.organisation}
          onClose={close}
          onDone={(id, message) => {
            done(message);
            if (editing.organisation) return;
            // A new organisation must be seen: out of the filters, on its page (the list is refetched by now).
            const list = client.readQuery({ query: AdminPartnerOrganisationsDocument })?.adminPartnerOrganisations;
            const page = Math.floor(Math.max(0, list?.findIndex((o) => o.id === id) ?? 0) / PER_PAGE) + 1;
            setSearch('');
            setParams(page > 1 ? new URLSearchParams({ page: String(page) }) : new URLSearchParams(), {
              replace: true,
            });
            reveal.current = id;
          }}
        />
      ) : null}
      {editing?.what === 'site' ? (
        <SiteForm organisation={editing.organisation} site={editing.site} onClose={close} onDone={done} />
      ) : null}
      {editing?.what === 'reviewer' ? (
        <ReviewerForm organisation={editing.organisation} onClose={close} onIssued={issued} />
      ) : null}
      {editing?.what === 'reviewer-action' ? (
        <ReviewerActionDialog
          action={editing.action}
          reviewer={editing.reviewer}
          organisationName={editing.organisation.name}
          onClose={close}
          onDone={done}
          onIssued={issued}
        />
      ) : null}
      {editing?.what === 'credentials' ? (
        <CredentialsDialog
          credentials={editing.credentials}
          onClose={() =>
            done(
              `Le compte de ${editing.credentials.reviewer.fullName} (${editing.credentials.reviewer.email}) est prêt : son mot de passe ne sera plus affiché.`,
            )
          }
        />
      ) : null}
    </>
  );
}
