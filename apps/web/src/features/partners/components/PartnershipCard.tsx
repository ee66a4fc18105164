import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { countLabel, formatIsoDateFr, HIRING_NEED_STATUS_LABELS, HiringNeedStatus } from '@tremplin/domain';
import { TableScroll, TONES } from '@tremplin/web-ui';
import type {
  PartnerHiringNeedFieldsFragment,
  PartnershipFieldsFragment,
  PartnershipGroupFieldsFragment,
} from '../../../gql/graphql';
import {
  PartnerHiringNeedFieldsFragmentDoc,
  PartnershipFieldsFragmentDoc,
  PartnershipGroupFieldsFragmentDoc,
} from '../graphql/partners.generated';
import { HiringProgressBar } from './HiringProgressBar';
import { isActivePartnership } from './PartnershipForm';

type Partnership = PartnershipFieldsFragment;
type PartnershipGroup = PartnershipGroupFieldsFragment;
type Need = PartnerHiringNeedFieldsFragment;

const NEED_STATUS_COLORS: Record<string, string> = {
  // Mantine's green.9 falls just under 4.5:1 on striped rows.
  [HiringNeedStatus.OPEN]: TONES.success,
  [HiringNeedStatus.FILLED]: 'blue.9',
  [HiringNeedStatus.CLOSED]: 'gray.8',
};

/** What the director and the counsellors may do from a card (absent: they may not). */
export interface PartnershipActions {
  onEdit?: (p: Partnership) => void;
  onEnd?: (p: Partnership) => void;
  onTarget?: (p: Partnership, year: number) => void;
  /** The target the partnership shares: its year's figure, and the share itself (name, partnerships). */
  onSharedTarget?: (g: PartnershipGroup, year: number) => void;
  onEditGroup?: (g: PartnershipGroup) => void;
  onAddNeed?: (p: Partnership) => void;
  onEditNeed?: (n: Need) => void;
}

/** The header of a table's row-actions column (named for screen readers only), when rows have actions. */
function ActionsHeader({ shown }: { shown: boolean }) {
  return shown ? (
    <Table.Th scope="col">
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  ) : null;
}

/** The needs of one partner: job, site, positions, start, status, who entered it; the structure's own are editable. */
function NeedsTable({
  partnerName,
  needs,
  onEditNeed,
}: {
  partnerName: string;
  needs: ({ id: string } & FragmentType<typeof PartnerHiringNeedFieldsFragmentDoc>)[];
  onEditNeed?: (n: Need) => void;
}) {
  return (
    <TableScroll minWidth={640} label={`Besoins de recrutement de ${partnerName}`}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <caption>
          <VisuallyHidden>Besoins de recrutement de {partnerName}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={220}>
              Poste
            </Table.Th>
            <Table.Th scope="col" w={170}>
              Site
            </Table.Th>
            <Table.Th scope="col" w={70} style={{ textAlign: 'right' }}>
              Postes
            </Table.Th>
            <Table.Th scope="col" w={110}>
              Prise de poste
            </Table.Th>
            <Table.Th scope="col" w={100}>
              Statut
            </Table.Th>
            <ActionsHeader shown={Boolean(onEditNeed)} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {needs.map((n) => (
            <NeedRow key={n.id} need={n} onEditNeed={onEditNeed} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** A need of the table, read through its fragment. */
function NeedRow({
  need,
  onEditNeed,
}: {
  need: FragmentType<typeof PartnerHiringNeedFieldsFragmentDoc>;
  onEditNeed?: (n: Need) => void;
}) {
  const { data: n, complete } = useFragment({ fragment: PartnerHiringNeedFieldsFragmentDoc, from: need });
  if (!complete) return null;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {n.jobTitle}
        </Text>
        {n.requirements ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {n.requirements}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {n.enteredByPartner
            ? onEditNeed
              ? 'Saisi par l’employeur, qui seul peut le modifier'
              : 'Saisi par l’employeur'
            : 'Saisi par la structure'}
        </Text>
      </Table.Td>
      <Table.Td>{n.site ? `${n.site.name}${n.site.city ? ` (${n.site.city})` : ''}` : '—'}</Table.Td>
      <Table.Td style={{ textAlign: 'right' }}>{n.positions}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDateFr(n.startDate)}</Table.Td>
      <Table.Td>
        <Badge
          variant="outline"
          radius="sm"
          tt="none"
          color={NEED_STATUS_COLORS[n.status] ?? 'gray.8'}
          style={{ overflow: 'visible' }}
        >
          {n.statusLabel}
        </Badge>
      </Table.Td>
      {onEditNeed ? (
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {n.enteredByPartner ? null : (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => onEditNeed(n)}
              aria-label={`Modifier le besoin ${n.jobTitle}`}
            >
              Modifier
            </Button>
          )}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** The targets by year, each editable (« Modifier ») when `onEdit` is given. */
function TargetsTable({
  targets,
  caption,
  onEdit,
  editLabel,
}: {
  targets: { id: string; year: number; hires: number }[];
  caption: string;
  onEdit?: (year: number) => void;
  editLabel: (year: number) => string;
}) {
  if (!targets.length)
    return (
      <Text size="sm" c="dimmed">
        Aucun objectif fixé.
      </Text>
    );
  return (
    <Table fz="sm" verticalSpacing={2} withRowBorders={false}>
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Année</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>
            Embauches visées
          </Table.Th>
          <ActionsHeader shown={Boolean(onEdit)} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...targets]
          .sort((a, b) => b.year - a.year)
          .map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.year}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{t.hires}</Table.Td>
              {onEdit ? (
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={() => onEdit(t.year)}
                    aria-label={editLabel(t.year)}
                  >
                    Modifier
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * One partnership: the landlord, since when, its sites, this year's hires against the target (its own, or the one it
 * shares with other landlords), the targets by year, and the landlord's hiring needs (in the status chosen on the
 * page).
 */
export function PartnershipCard({
  partnership,
  group: sharedTarget,
  needs,
  needStatus,
  needsLoading,
  today,
  actions,
}: {
  partnership: FragmentType<typeof PartnershipFieldsFragmentDoc>;
  /** The target it shares, when it shares one. */
  group?: FragmentType<typeof PartnershipGroupFieldsFragmentDoc> | null;
  needs: ({ id: string } & FragmentType<typeof PartnerHiringNeedFieldsFragmentDoc>)[];
  needStatus: string;
  needsLoading: boolean;
  today: string;
  actions: PartnershipActions;
}) {
  const { data: p, complete } = useFragment({
    fragment: PartnershipFieldsFragmentDoc,
    fragmentName: 'PartnershipFields',
    from: partnership,
  });
  const shared = useFragment({
    fragment: PartnershipGroupFieldsFragmentDoc,
    fragmentName: 'PartnershipGroupFields',
    from: sharedTarget ?? null,
  });
  const group = sharedTarget && shared.complete ? shared.data : null;
  if (!complete) return null;
  const name = p.partnerOrganisation.name;
  const active = isActivePartnership(p, today);
  const headingId = `partnership-${p.id}`;
  const statusWord = (HIRING_NEED_STATUS_LABELS[needStatus as HiringNeedStatus] ?? '').toLowerCase();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="sm">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" id={headingId}>
              {name}
            </Title>
            {active ? (
              p.endedOn ? (
                <Badge variant="outline" color="warning.9" radius="sm" tt="none">
                  Se termine le {formatIsoDateFr(p.endedOn)}
                </Badge>
              ) : null
            ) : (
              <Badge variant="outline" color="gray.8" radius="sm" tt="none">
                Terminé le {formatIsoDateFr(p.endedOn!)}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {[p.partnerOrganisation.city, `Partenaire depuis le ${formatIsoDateFr(p.startedOn)}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        {actions.onEdit || actions.onEnd || (actions.onAddNeed && active) ? (
          <Group gap="xs" wrap="wrap">
            {actions.onAddNeed && active ? (
              <Button
                variant="light"
                size="xs"
                onClick={() => actions.onAddNeed!(p)}
                aria-label={`Nouveau besoin chez ${name}`}
              >
                Nouveau besoin
              </Button>
            ) : null}
            {actions.onEdit ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => actions.onEdit!(p)}
                aria-label={`Modifier le partenariat avec ${name}`}
              >
                Modifier
              </Button>
            ) : null}
            {actions.onEnd && active && !p.endedOn ? (
              <Button
                variant="outline"
                color="red.9"
                size="xs"
                onClick={() => actions.onEnd!(p)}
                aria-label={`Mettre fin au partenariat avec ${name}`}
              >
                Mettre fin au partenariat
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" mb="sm">
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="h3" m={0}>
            Sites
          </Text>
          {p.sites.length ? (
            <Text size="sm" component="ul" m={0} pl="md">
              {p.sites.map((s) => (
                <li key={s.id}>
                  {s.name}
                  {s.city ? ` (${s.city})` : ''}
                </li>
              ))}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Aucun site déclaré.
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="h3" m={0}>
            Embauches {p.progress.year}
          </Text>
          <HiringProgressBar
            progress={p.progress}
            label={`Embauches ${p.progress.year} chez ${name}`}
            ownName={name}
            noTargetHint={
              group
                ? actions.onSharedTarget
                  ? 'Fixez l’objectif partagé avec « Objectif d’embauches ».'
                  : undefined
                : actions.onTarget
                  ? 'Fixez-le avec « Objectif d’embauches ».'
                  : undefined
            }
          />
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="h3" m={0}>
            {group ? `Objectif partagé « ${group.name} »` : 'Objectifs par année'}
          </Text>
          {group ? (
            <>
              <Text size="xs" c="dimmed">
                Avec{' '}
                {group.partnerships
                  .filter((m) => m.id !== p.id)
                  .map((m) => m.partnerOrganisation.name)
                  .join(', ')}{' '}
                : les embauches chez chacun comptent.
              </Text>
              <TargetsTable
                targets={group.hiringTargets}
                caption={`Objectifs d’embauches partagés « ${group.name} » par année`}
                onEdit={actions.onSharedTarget ? (y) => actions.onSharedTarget!(group, y) : undefined}
                editLabel={(y) => `Modifier l’objectif partagé ${y} « ${group.name} »`}
              />
            </>
          ) : (
            <TargetsTable
              targets={p.hiringTargets}
              caption={`Objectifs d’embauches par année avec ${name}`}
              onEdit={actions.onTarget ? (y) => actions.onTarget!(p, y) : undefined}
              editLabel={(y) => `Modifier l’objectif ${y} avec ${name}`}
            />
          )}
          {group ? (
            actions.onSharedTarget || actions.onEditGroup ? (
              <Group gap="xs">
                {actions.onSharedTarget ? (
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => actions.onSharedTarget!(group, p.progress.year)}
                    aria-label={`Objectif d’embauches partagé « ${group.name} »`}
                  >
                    Objectif d’embauches
                  </Button>
                ) : null}
                {actions.onEditGroup ? (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => actions.onEditGroup!(group)}
                    aria-label={`Modifier le partage de l’objectif « ${group.name} »`}
                  >
                    Modifier le partage
                  </Button>
                ) : null}
              </Group>
            ) : null
          ) : actions.onTarget ? (
            <Button
              variant="light"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => actions.onTarget!(p, p.progress.year)}
              aria-label={`Objectif d’embauches avec ${name}`}
            >
              Objectif d’embauches
            </Button>
          ) : null}
        </Stack>
      </SimpleGrid>

      <Stack gap={4}>
        <Title order={3} size="h5">
          Besoins de recrutement {statusWord ? `(${statusWord}s)` : ''}
          {active && !needsLoading ? (
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              · {countLabel(needs.length, 'besoin')}
            </Text>
          ) : null}
        </Title>
        {!active ? (
          <Text size="sm" c="dimmed">
            Partenariat terminé : ses besoins ne sont plus proposés aux chargé·es d’insertion.
          </Text>
        ) : needsLoading ? (
          <Text size="sm" c="dimmed">
            Chargement des besoins…
          </Text>
        ) : needs.length ? (
          <NeedsTable partnerName={name} needs={needs} onEditNeed={actions.onEditNeed} />
        ) : (
          <Text size="sm" c="dimmed">
            {needStatus === HiringNeedStatus.OPEN
              ? actions.onAddNeed
                ? `Aucun besoin ouvert : ${name} peut en saisir sur son portail, ou ajoutez-en un avec « Nouveau besoin ».`
                : `Aucun besoin ouvert : ${name} peut en saisir sur son portail.`
              : `Aucun besoin ${statusWord} chez ${name}.`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
