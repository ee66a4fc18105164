import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { countLabel, formatInstantFr } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import type { ReactNode } from 'react';
import type {
  AdminPartnerOrganisationFieldsFragment,
  AdminPartnerReviewerFieldsFragment,
  AdminPartnerSiteFieldsFragment,
} from '../../gql/graphql';
import { formatSiret, PARTNER_KIND_LABELS } from './admin-form';
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

/** A table of a card: its caption (read by screen readers), its header row, its rows; it scrolls on narrow screens. */
function CardTable({
  caption,
  minWidth,
  head,
  children,
}: {
  caption: string;
  minWidth: number;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
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
    </Table.ScrollContainer>
  );
}

function SitesTable({ organisation: o, actions }: { organisation: Organisation; actions: OrganisationActions }) {
  if (!o.sites.length)
    return (
      <Text size="sm" c="dimmed">
        Aucun site : ajoutez les résidences ou agences où se déroulent les missions et où s’ouvrent les postes.
      </Text>
    );
  return (
    <CardTable
      caption={`Sites de ${o.name}`}
      minWidth={520}
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
        <Table.Tr key={s.id}>
          <Table.Td fw={600}>{s.name}</Table.Td>
          <Table.Td>{address(s)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => actions.onRenameSite(o, s)}
              aria-label={`Renommer le site ${s.name}`}
            >
              Renommer
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </CardTable>
  );
}

function ReviewersTable({ organisation: o, actions }: { organisation: Organisation; actions: OrganisationActions }) {
  if (!o.reviewers.length)
    return (
      <Text size="sm" c="dimmed">
        Aucun compte : créez celui de la ou du responsable RH, ou des responsables de site, pour qu’ils examinent les
        propositions et confirment les heures.
      </Text>
    );
  return (
    <CardTable
      caption={`Comptes de ${o.name}`}
      minWidth={680}
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
        <Table.Tr key={r.id}>
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
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => actions.onReviewer(o, r, 'reset')}
                  aria-label={`Nouveau mot de passe pour ${r.fullName}`}
                >
                  Nouveau mot de passe
                </Button>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => actions.onReviewer(o, r, 'deactivate')}
                  aria-label={`Désactiver le compte de ${r.fullName}`}
                >
                  Désactiver
                </Button>
              </Group>
            ) : (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => actions.onReviewer(o, r, 'reactivate')}
                aria-label={`Réactiver le compte de ${r.fullName}`}
              >
                Réactiver
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </CardTable>
  );
}

/** One partner organisation: its identity, its sites and its reviewers' accounts, each with what can be done. */
export function OrganisationCard({
  organisation: o,
  actions,
}: {
  organisation: Organisation;
  actions: OrganisationActions;
}) {
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
        <Button
          variant="subtle"
          size="xs"
          onClick={() => actions.onEdit(o)}
          aria-label={`Modifier l’organisation ${o.name}`}
        >
          Modifier
        </Button>
      </Group>

      <Stack gap="md">
        <Stack gap="xs" component="section" aria-label={`Sites de ${o.name}`}>
          <Group justify="space-between" gap="sm">
            <Title order={3} size="h5">
              Sites ({o.sites.length})
            </Title>
            <Button
              variant="light"
              size="xs"
              onClick={() => actions.onAddSite(o)}
              aria-label={`Ajouter un site à ${o.name}`}
            >
              Ajouter un site
            </Button>
          </Group>
          <SitesTable organisation={o} actions={actions} />
        </Stack>
        <Stack gap="xs" component="section" aria-label={`Comptes de ${o.name}`}>
          <Group justify="space-between" gap="sm">
            <Title order={3} size="h5">
              Comptes bailleur ({countLabel(active, 'actif')}
              {o.reviewers.length > active ? `, ${countLabel(o.reviewers.length - active, 'désactivé')}` : ''})
            </Title>
            <Button
              variant="light"
              size="xs"
              onClick={() => actions.onAddReviewer(o)}
              aria-label={`Ajouter un compte chez ${o.name}`}
            >
              Ajouter un compte
            </Button>
          </Group>
          <ReviewersTable organisation={o} actions={actions} />
        </Stack>
      </Stack>
    </Paper>
  );
}
