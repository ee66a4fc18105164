import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { countLabel, formatInstantFr } from '@tremplin/domain';
import { TableScroll, TONES } from '@tremplin/web-ui';
import type { ReactNode } from 'react';
import type {
  AdminPartnerOrganisationFieldsFragment,
  AdminPartnerReviewerFieldsFragment,
  AdminPartnerSiteFieldsFragment,
} from '../../../gql/graphql';
import { formatSiret, PARTNER_KIND_LABELS } from '../admin-form';
import {
  AdminPartnerOrganisationFieldsFragmentDoc,
  AdminPartnerReviewerFieldsFragmentDoc,
  AdminPartnerSiteFieldsFragmentDoc,
} from '../graphql/admin-partners.generated';
import type { ReviewerAction } from './ReviewerActionDialog';

type Organisation = AdminPartnerOrganisationFieldsFragment;
type Site = AdminPartnerSiteFieldsFragment;
type Reviewer = AdminPartnerReviewerFieldsFragment;

/** What the administrator may do from a card. */
export interface OrganisationActions {
  onEdit: (o: Organisation) => void;
  onAddSite: (o: Organisation) => void;
  onRenameSite: (o: Organisation, site: Site) => void;
  onAddReviewer: (o: Organisation) => void;
  onReviewer: (o: Organisation, reviewer: Reviewer, action: ReviewerAction) => void;
}

function address(site: Site): string {
  const town = [site.postalCode, site.city].filter(Boolean).join(' ');
  return [site.addressLine, town].filter(Boolean).join(', ') || '—';
}

/**
 * A table of a card: its caption (read by screen readers), its header row, its rows; it scrolls on narrow screens.
 * With no rows, only `empty` (what is missing and what to do).
 */
function CardTable({
  caption,
  minWidth,
  head,
  rows,
  empty,
  children,
}: {
  caption: string;
  minWidth: number;
  head: ReactNode;
  rows: number;
  empty: string;
  children: ReactNode;
}) {
  if (!rows)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <TableScroll minWidth={minWidth} label={caption}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {head}
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** A small text button of a row or heading; `name` says what it acts on (« Renommer le site … »). */
function QuietButton({ name, onClick, children }: { name: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="subtle" size="xs" onClick={onClick} aria-label={name}>
      {children}
    </Button>
  );
}

/**
 * A part of a card (sites, accounts): a region named `label`, its heading with an add button next to it, its
 * content under.
 */
function CardSection({
  label,
  heading,
  add,
  children,
}: {
  label: string;
  heading: ReactNode;
  add: { label: string; name: string; onClick: () => void };
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-label={label}>
      <Group justify="space-between" gap="sm">
        <Title order={3} size="h5">
          {heading}
        </Title>
        <Button variant="light" size="xs" onClick={add.onClick} aria-label={add.name}>
          {add.label}
        </Button>
      </Group>
      {children}
    </Stack>
  );
}

function SitesTable({ organisation: o, actions }: { organisation: Organisation; actions: OrganisationActions }) {
  return (
    <CardTable
      caption={`Sites de ${o.name}`}
      minWidth={520}
      rows={o.sites.length}
      empty="Aucun site : ajoutez les résidences ou agences où se déroulent les missions et où s’ouvrent les postes."
      head={
        <>
          <Table.Th scope="col" miw={200}>
            Site
          </Table.Th>
          <Table.Th scope="col">Adresse</Table.Th>
        </>
      }
    >
      {o.sites.map((s) => (
        <SiteRow key={s.id} organisation={o} site={s} actions={actions} />
      ))}
    </CardTable>
  );
}

/** A site of the card, read through its fragment. */
function SiteRow({
  organisation: o,
  site,
  actions,
}: {
  organisation: Organisation;
  site: FragmentType<typeof AdminPartnerSiteFieldsFragmentDoc>;
  actions: OrganisationActions;
}) {
  const { data: s, complete } = useFragment({ fragment: AdminPartnerSiteFieldsFragmentDoc, from: site });
  if (!complete) return null;
  return (
    <Table.Tr>
      <Table.Td fw={600}>{s.name}</Table.Td>
      <Table.Td>{address(s)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <QuietButton name={`Renommer le site ${s.name}`} onClick={() => actions.onRenameSite(o, s)}>
          Renommer
        </QuietButton>
      </Table.Td>
    </Table.Tr>
  );
}

function ReviewersTable({ organisation: o, actions }: { organisation: Organisation; actions: OrganisationActions }) {
  return (
    <CardTable
      caption={`Comptes de ${o.name}`}
      minWidth={680}
      rows={o.reviewers.length}
      empty="Aucun compte : créez celui de la ou du responsable RH, ou des responsables de site, pour qu’ils examinent les propositions et confirment les heures."
      head={
        <>
          <Table.Th scope="col" miw={160}>
            Nom
          </Table.Th>
          <Table.Th scope="col">Adresse e-mail</Table.Th>
          <Table.Th scope="col" w={110}>
            État
          </Table.Th>
          <Table.Th scope="col" w={170}>
            Dernière connexion
          </Table.Th>
        </>
      }
    >
      {o.reviewers.map((r) => (
        <ReviewerRow key={r.id} organisation={o} reviewer={r} actions={actions} />
      ))}
    </CardTable>
  );
}

/** A reviewer's account of the card, read through its fragment. */
function ReviewerRow({
  organisation: o,
  reviewer,
  actions,
}: {
  organisation: Organisation;
  reviewer: FragmentType<typeof AdminPartnerReviewerFieldsFragmentDoc>;
  actions: OrganisationActions;
}) {
  const { data: r, complete } = useFragment({ fragment: AdminPartnerReviewerFieldsFragmentDoc, from: reviewer });
  if (!complete) return null;
  return (
    <Table.Tr>
      <Table.Td fw={600}>{r.fullName}</Table.Td>
      <Table.Td style={{ wordBreak: 'break-all' }}>{r.email}</Table.Td>
      <Table.Td>
        <Badge
          variant="outline"
          radius="sm"
          tt="none"
          color={r.active ? TONES.success : 'gray.8'}
          style={{ overflow: 'visible' }}
        >
          {r.active ? 'Actif' : 'Désactivé'}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {r.lastSignedInAt ? formatInstantFr(r.lastSignedInAt) : 'Jamais connecté·e'}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {r.active ? (
          <Group gap={4} wrap="nowrap">
            <QuietButton
              name={`Nouveau mot de passe pour ${r.fullName}`}
              onClick={() => actions.onReviewer(o, r, 'reset')}
            >
              Nouveau mot de passe
            </QuietButton>
            <QuietButton
              name={`Désactiver le compte de ${r.fullName}`}
              onClick={() => actions.onReviewer(o, r, 'deactivate')}
            >
              Désactiver
            </QuietButton>
          </Group>
        ) : (
          <QuietButton
            name={`Réactiver le compte de ${r.fullName}`}
            onClick={() => actions.onReviewer(o, r, 'reactivate')}
          >
            Réactiver
          </QuietButton>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** One partner organisation: its identity, its sites and its reviewers' accounts, each with what can be done. */
export function OrganisationCard({
  organisation,
  actions,
}: {
  organisation: FragmentType<typeof AdminPartnerOrganisationFieldsFragmentDoc>;
  actions: OrganisationActions;
}) {
  const { data: o, complete } = useFragment({
    fragment: AdminPartnerOrganisationFieldsFragmentDoc,
    // The document holds the site's and the account's fragments too.
    fragmentName: 'AdminPartnerOrganisationFields',
    from: organisation,
  });
  if (!complete) return null;
  const headingId = `organisation-${o.id}`;
  const active = o.reviewers.filter((r) => r.active).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="sm">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" id={headingId} tabIndex={-1}>
              {o.name}
            </Title>
            <Badge variant="outline" color="blue.9" radius="sm" tt="none">
              {PARTNER_KIND_LABELS[o.kind] ?? o.kind}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[o.city, o.siret ? `SIRET ${formatSiret(o.siret)}` : 'SIRET non renseigné'].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <QuietButton name={`Modifier l’organisation ${o.name}`} onClick={() => actions.onEdit(o)}>
          Modifier
        </QuietButton>
      </Group>

      <Stack gap="md">
        <CardSection
          label={`Sites de ${o.name}`}
          heading={<>Sites ({o.sites.length})</>}
          add={{ label: 'Ajouter un site', name: `Ajouter un site à ${o.name}`, onClick: () => actions.onAddSite(o) }}
        >
          <SitesTable organisation={o} actions={actions} />
        </CardSection>
        <CardSection
          label={`Comptes de ${o.name}`}
          heading={
            <>
              Comptes bailleur ({countLabel(active, 'actif')}
              {o.reviewers.length > active ? `, ${countLabel(o.reviewers.length - active, 'désactivé')}` : ''})
            </>
          }
          add={{
            label: 'Ajouter un compte',
            name: `Ajouter un compte chez ${o.name}`,
            onClick: () => actions.onAddReviewer(o),
          }}
        >
          <ReviewersTable organisation={o} actions={actions} />
        </CardSection>
      </Stack>
    </Paper>
  );
}
