import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  countLabel,
  formatIsoDateFr,
  HIRING_NEED_STATUS_LABELS,
  HiringNeedStatus,
  todayInParis,
} from '@tremplin/domain';
import { EmptyState, LoadingRows, TableScroll } from '@tremplin/web-ui';
import { useEffect, useRef, useState } from 'react';
import { FragmentData } from '../../../app/FragmentData';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { PortalHiringNeedFieldsFragment } from '../../../gql/graphql';
import { wrapping } from '../../proposals/components/badges';
import { type FieldSpec, RecordForm, type SubmitValues } from '../../records/components/RecordForm';
import {
  PortalHiringNeedFieldsFragmentDoc,
  PortalCreateHiringNeedDocument,
  PortalCreateSiteDocument,
  PortalHiringNeedsDocument,
  PortalShareHiringNeedDocument,
  PortalSitesDocument,
  PortalUpdateHiringNeedDocument,
} from '../graphql/portal.generated';

type Need = PortalHiringNeedFieldsFragment;
type Editing = { what: 'need'; need?: Need } | { what: 'site' } | null;

const STATUS_FILTERS = [
  { value: '', label: 'Ouverts' },
  { value: HiringNeedStatus.FILLED, label: 'Pourvus' },
  { value: HiringNeedStatus.CLOSED, label: 'Fermés' },
  { value: 'tous', label: 'Tous' },
];
const COUNT_NOUNS: Record<string, [string, string]> = {
  '': ['besoin ouvert', 'besoins ouverts'],
  [HiringNeedStatus.FILLED]: ['besoin pourvu', 'besoins pourvus'],
  [HiringNeedStatus.CLOSED]: ['besoin fermé', 'besoins fermés'],
  tous: ['besoin', 'besoins'],
};
const STATUS_OPTIONS = (Object.entries(HIRING_NEED_STATUS_LABELS) as [HiringNeedStatus, string][]).map(
  ([value, label]) => ({ value, label }),
);

async function attempt(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

const text = (v: SubmitValues[string]) => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * « Besoins de recrutement »: my organisation's open positions (job, site, number, start date, requirements), which
 * the structures propose trainees for. The reviewer adds a need, edits it, and marks it filled or closed.
 */
export function HiringNeedsSection() {
  const [statusFilter, setStatusFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const { data, previousData, loading, error } = useQuery(PortalHiringNeedsDocument, {
    variables: { status: statusFilter === 'tous' ? null : statusFilter || HiringNeedStatus.OPEN },
  });
  const { data: sitesData } = useQuery(PortalSitesDocument);
  const refetch = { refetchQueries: 'active' as const };
  const [createNeed] = useMutation(PortalCreateHiringNeedDocument, refetch);
  const [updateNeed] = useMutation(PortalUpdateHiringNeedDocument, refetch);
  const [shareNeed] = useMutation(PortalShareHiringNeedDocument, refetch);
  const [shareProblem, setShareProblem] = useState<string | null>(null);
  const [createSite] = useMutation(PortalCreateSiteDocument, refetch);
  const needs = (data ?? previousData)?.portalHiringNeeds;
  const sites = sitesData?.portalSites ?? [];
  const headingId = 'portail-besoins';

  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [editing]);

  const needFields = (withStatus: boolean): FieldSpec[] => [
    {
      name: 'siteId',
      label: 'Site',
      kind: 'select',
      placeholder: 'Sans site précis',
      options: sites.map((s) => ({ value: s.id, label: s.city ? `${s.name} (${s.city})` : s.name })),
    },
    { name: 'jobTitle', label: 'Poste', kind: 'text', required: true, maxLength: 160 },
    {
      name: 'positions',
      label: 'Nombre de postes',
      kind: 'integer',
      required: true,
      min: 1,
      max: 100,
    },
    { name: 'startDate', label: 'Date de prise de poste', kind: 'date', required: true },
    ...(withStatus
      ? [
          {
            name: 'status',
            label: 'Statut',
            kind: 'select',
            required: true,
            options: STATUS_OPTIONS,
            description: 'Pourvu ou fermé : les structures ne peuvent plus proposer de candidat·e.',
          } satisfies FieldSpec,
        ]
      : []),
    {
      name: 'requirements',
      label: 'Exigences du poste (facultatif)',
      kind: 'textarea',
      description: 'Permis, habilitations, horaires, certification attendue…',
    },
  ];

  const close = () => setEditing(null);

  const form =
    editing?.what === 'need' ? (
      <RecordForm
        key={editing.need?.id ?? 'new'}
        title={editing.need ? `Modifier le besoin « ${editing.need.jobTitle} »` : 'Nouveau besoin de recrutement'}
        submitLabel={editing.need ? 'Enregistrer le besoin' : 'Ajouter le besoin'}
        fields={needFields(Boolean(editing.need))}
        initial={
          editing.need
            ? {
                siteId: editing.need.site?.id ?? '',
                jobTitle: editing.need.jobTitle,
                positions: String(editing.need.positions),
                startDate: formatIsoDateFr(editing.need.startDate),
                status: editing.need.status,
                requirements: editing.need.requirements ?? '',
              }
            : { positions: '1', startDate: formatIsoDateFr(todayInParis()) }
        }
        onCancel={close}
        onSubmit={async (v) => {
          const common = {
            siteId: text(v['siteId']),
            jobTitle: String(v['jobTitle']),
            positions: Number(v['positions']),
            startDate: String(v['startDate']),
            requirements: text(v['requirements']),
          };
          const need = editing.need;
          const refusal = await attempt(() =>
            need
              ? updateNeed({
                  variables: {
                    input: { ...common, id: need.id, version: need.version, status: String(v['status']) },
                  },
                })
              : createNeed({ variables: { input: common } }),
          );
          if (!refusal) {
            close();
            setSaved(
              need
                ? `Le besoin « ${common.jobTitle} » est enregistré.`
                : `Le besoin « ${common.jobTitle} » est ajouté : les structures partenaires peuvent vous proposer des candidat·es.`,
            );
          }
          return refusal;
        }}
      />
    ) : editing?.what === 'site' ? (
      <RecordForm
        title="Nouveau site"
        submitLabel="Ajouter le site"
        fields={[
          { name: 'name', label: 'Nom du site', kind: 'text', required: true, maxLength: 160 },
          { name: 'addressLine', label: 'Adresse', kind: 'text', maxLength: 200 },
          { name: 'postalCode', label: 'Code postal', kind: 'text', maxLength: 5 },
          { name: 'city', label: 'Commune', kind: 'text', maxLength: 120 },
        ]}
        onCancel={close}
        onSubmit={async (v) => {
          const name = String(v['name']);
          const refusal = await attempt(() =>
            createSite({
              variables: {
                input: {
                  name,
                  addressLine: text(v['addressLine']),
                  postalCode: text(v['postalCode']),
                  city: text(v['city']),
                },
              },
            }),
          );
          if (!refusal) {
            close();
            setSaved(`Le site « ${name} » est ajouté : choisissez-le pour vos besoins de recrutement.`);
          }
          return refusal;
        }}
      />
    ) : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              Besoins de recrutement
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
              {needs
                ? `${countLabel(needs.length, ...(COUNT_NOUNS[statusFilter] ?? COUNT_NOUNS['']))} · ${countLabel(sites.length, 'site')}`
                : 'Chargement…'}
            </Text>
          </Stack>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label="Besoins"
              value={statusFilter}
              onChange={(e) => setStatusFilter(e.currentTarget.value)}
              data={STATUS_FILTERS}
              w={{ base: '100%', sm: 180 }}
            />
            {editing?.what !== 'site' ? (
              <Button variant="subtle" onClick={() => setEditing({ what: 'site' })}>
                Ajouter un site
              </Button>
            ) : null}
            {editing?.what !== 'need' || editing.need ? (
              <Button variant="outline" onClick={() => setEditing({ what: 'need' })}>
                Ajouter un besoin
              </Button>
            ) : null}
          </Group>
        </Group>

        {saved ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer ce message"
            onClose={() => setSaved(null)}
          >
            {saved}
          </Alert>
        ) : null}

        {form ? <div ref={formRef}>{form}</div> : null}

        {error ? (
          <Alert color="red" role="alert" title="Les besoins de recrutement n’ont pas pu être chargés">
            {problemOf(error).message}
          </Alert>
        ) : null}
        {shareProblem ? (
          <Alert color="red" role="alert" title="Le partage n’a pas été modifié">
            {shareProblem}
          </Alert>
        ) : null}

        {!needs ? (
          loading ? (
            <LoadingRows label="Chargement des besoins de recrutement" />
          ) : null
        ) : needs.length === 0 ? (
          <EmptyState
            title={statusFilter ? 'Aucun besoin dans ce statut.' : 'Aucun besoin de recrutement ouvert.'}
            action={
              statusFilter || editing ? null : (
                <Button onClick={() => setEditing({ what: 'need' })}>Déclarer un besoin</Button>
              )
            }
          >
            {statusFilter
              ? 'Choisissez « Ouverts » ou « Tous » pour revoir vos postes.'
              : 'Déclarez vos postes à pourvoir (poste, site, nombre, date de prise de poste) : les structures d’insertion partenaires vous proposeront des candidat·es.'}
          </EmptyState>
        ) : (
          <TableScroll minWidth={680} label="Besoins de recrutement">
            <Table verticalSpacing="xs" fz="sm" striped aria-busy={loading}>
              <caption>
                <VisuallyHidden>Besoins de recrutement : poste, site, nombre de postes, date et statut</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Poste</Table.Th>
                  <Table.Th scope="col">Site</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    Postes
                  </Table.Th>
                  <Table.Th scope="col">Prise de poste</Table.Th>
                  <Table.Th scope="col">Statut</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.map((ref) => (
                  <FragmentData key={ref.id} fragment={PortalHiringNeedFieldsFragmentDoc} from={ref}>
                    {(n) => (
                      <Table.Tr>
                        <Table.Td>
                          <Text fw={600} size="sm">
                            {n.jobTitle}
                          </Text>
                          {n.requirements ? (
                            <Text size="xs" c="dimmed">
                              {n.requirements}
                            </Text>
                          ) : null}
                          <Text size="xs" c="dimmed">
                            {n.enteredByPartner
                              ? 'Déclaré par vous : vu par toutes vos structures partenaires'
                              : n.sharedWithPartners
                                ? 'Déclaré par une structure partenaire, partagé avec vos autres structures'
                                : 'Déclaré par une structure partenaire, vu par elle seule'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{n.site ? `${n.site.name}${n.site.city ? ` (${n.site.city})` : ''}` : '—'}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{n.positions}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDateFr(n.startDate)}</Table.Td>
                        <Table.Td>
                          <Badge
                            variant="outline"
                            color={n.status === HiringNeedStatus.OPEN ? 'blue.9' : 'gray.8'}
                            radius="sm"
                            tt="none"
                            styles={wrapping}
                          >
                            {n.statusLabel}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setEditing({ what: 'need', need: n })}
                              aria-label={`Modifier le besoin ${n.jobTitle}${n.site ? ` à ${n.site.name}` : ''}`}
                            >
                              Modifier
                            </Button>
                            {n.enteredByPartner ? null : (
                              // A need a structure entered is seen by the others only once shared (issue 14, point 12).
                              <Button
                                size="xs"
                                variant="subtle"
                                aria-label={`${n.sharedWithPartners ? 'Ne plus partager' : 'Partager'} le besoin ${n.jobTitle} avec vos autres structures partenaires`}
                                onClick={async () => {
                                  setShareProblem(null);
                                  try {
                                    await shareNeed({
                                      variables: {
                                        input: { id: n.id, version: n.version, shared: !n.sharedWithPartners },
                                      },
                                    });
                                  } catch (e) {
                                    setShareProblem(problemOf(e).message);
                                  }
                                }}
                              >
                                {n.sharedWithPartners ? 'Ne plus partager' : 'Partager'}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </FragmentData>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Paper>
  );
}
