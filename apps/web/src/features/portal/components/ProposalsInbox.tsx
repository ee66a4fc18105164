import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, NativeSelect, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  countLabel,
  PARTNER_VISIBLE_PROPOSAL_STATUSES,
  PROPOSAL_STATUS_LABELS,
  ProposalStatus,
} from '@tremplin/domain';
import { EmptyState, LoadingRows, TableScroll } from '@tremplin/web-ui';
import { Link } from 'react-router';
import { FragmentData } from '../../../app/FragmentData';
import { problemOf } from '../../../app/graphql-errors';
import { Pager } from '../../funding/components/Pager';
import { awaitsDecision, formatInstantDayFr, ProposalStatusBadge } from './portal-format';
import { PortalProposalFieldsFragmentDoc, PortalProposalsDocument } from '../graphql/portal.generated';

const PER_PAGE = 20;

/** The inbox filter: what waits for a decision (default), everything, or one status. */
export const PROPOSAL_FILTERS: { value: string; label: string; statuses: string[] | null }[] = [
  {
    value: '',
    label: 'À examiner',
    statuses: [ProposalStatus.PROPOSED, ProposalStatus.INTERVIEW_REQUESTED],
  },
  { value: 'toutes', label: 'Toutes les propositions', statuses: null },
  ...PARTNER_VISIBLE_PROPOSAL_STATUSES.map((s) => ({
    value: s,
    label: PROPOSAL_STATUS_LABELS[s],
    statuses: [s] as string[],
  })),
];

/**
 * « Propositions à examiner »: the trainees the structures propose to my organisation, those waiting for my decision
 * first; each line opens the trainee card.
 */
export function ProposalsInbox({
  filter,
  page,
  onFilter,
  onPage,
}: {
  filter: string;
  page: number;
  onFilter: (value: string) => void;
  onPage: (page: number) => void;
}) {
  const chosen = PROPOSAL_FILTERS.find((f) => f.value === filter) ?? PROPOSAL_FILTERS[0];
  const { data, previousData, loading, error } = useQuery(PortalProposalsDocument, {
    variables: { status: chosen.statuses, first: PER_PAGE, offset: (page - 1) * PER_PAGE },
  });
  const result = (data ?? previousData)?.portalProposals;
  // Those that wait for me first; otherwise the newest first, as the server sends them.
  const items = [...(result?.items ?? [])].sort(
    (a, b) => Number(awaitsDecision(b.status)) - Number(awaitsDecision(a.status)),
  );
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PER_PAGE)) : 1;
  const headingId = 'portail-propositions';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              Propositions à examiner
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
              {result
                ? `${countLabel(result.totalCount, 'proposition')}${chosen.value ? ` · ${chosen.label.toLowerCase()}` : ' en attente de votre décision ou d’un entretien'}`
                : 'Chargement…'}
            </Text>
          </Stack>
          <NativeSelect
            label="Afficher"
            value={chosen.value}
            onChange={(e) => onFilter(e.currentTarget.value)}
            data={PROPOSAL_FILTERS.map((f) => ({ value: f.value, label: f.label }))}
            w={{ base: '100%', sm: 260 }}
          />
        </Group>

        {error ? (
          <Alert color="red" role="alert" title="Les propositions n’ont pas pu être chargées">
            {problemOf(error).message}
          </Alert>
        ) : null}

        {!result ? (
          loading ? (
            <LoadingRows label="Chargement des propositions" rows={3} />
          ) : null
        ) : items.length === 0 ? (
          <EmptyState
            title={
              chosen.value
                ? 'Aucune proposition dans ce statut.'
                : 'Aucune proposition n’attend votre décision pour l’instant.'
            }
          >
            {chosen.value
              ? 'Choisissez « Toutes les propositions » pour revoir celles déjà traitées.'
              : 'Quand une structure d’insertion vous propose un·e candidat·e pour un de vos besoins de recrutement, la proposition apparaît ici et vous êtes prévenu·e. Déclarez vos postes ouverts plus bas, dans « Besoins de recrutement ».'}
          </EmptyState>
        ) : (
          <>
            <TableScroll minWidth={680} label="Propositions de candidat·es">
              <Table verticalSpacing="xs" fz="sm" striped aria-busy={loading}>
                <caption>
                  <VisuallyHidden>
                    Propositions de candidat·es : personne proposée, poste, structure, date et statut
                  </VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Personne proposée</Table.Th>
                    <Table.Th scope="col">Poste</Table.Th>
                    <Table.Th scope="col">Structure</Table.Th>
                    <Table.Th scope="col">Proposée le</Table.Th>
                    <Table.Th scope="col">Statut</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((ref) => (
                    <FragmentData key={ref.id} fragment={PortalProposalFieldsFragmentDoc} from={ref}>
                      {(p) => (
                        <Table.Tr>
                          <Table.Td>
                            <Anchor component={Link} to={`/portail/propositions/${p.id}`} fw={600}>
                              {p.traineeName}
                            </Anchor>
                            {p.certificationTitle ? (
                              <Text size="xs" c="dimmed">
                                Vise : {p.certificationTitle}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            {p.hiringNeed.jobTitle}
                            {p.hiringNeed.site ? (
                              <Text size="xs" c="dimmed">
                                {p.hiringNeed.site.name}
                                {p.hiringNeed.site.city ? ` · ${p.hiringNeed.site.city}` : ''}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>{p.structureName}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstantDayFr(p.proposedAt)}</Table.Td>
                          <Table.Td>
                            <ProposalStatusBadge status={p.status} label={p.statusLabel} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </FragmentData>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager page={page} pages={pages} onChange={onPage} label="Pages des propositions" />
          </>
        )}
      </Stack>
    </Paper>
  );
}
