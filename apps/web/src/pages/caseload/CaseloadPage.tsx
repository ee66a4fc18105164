import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  ALERT_LABELS,
  AlertCode,
  countLabel,
  formatIsoDateFr,
  PATHWAY_STAGE_LABELS,
  PathwayStage,
  Permission,
  Role,
} from '@tremplin/domain';
import { EmptyState, PageHeader, StageBadge, TableScroll } from '@tremplin/web-ui';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { AlertBadges, CaseloadCards } from '../../features/persons/components/CaseloadCards';
import { CounsellorsDocument, PersonsDocument } from '../../features/persons/graphql/persons.generated';

export const CASELOAD_PAGE_SIZE = 50;
const ALL = 'tous';
const COLUMNS = 7;

/**
 * The caseload: persons of my structure, sorted by name, with search, a counsellor filter, a count and keyset paging.
 * Filters and position live in the address, so that "back" from a person's file returns to the same view.
 */
export function CaseloadPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  // A counsellor starts on their own caseload; the direction on the whole structure.
  const counsellorParam = params.get('conseiller') ?? (user.role === Role.COUNSELLOR ? user.id : ALL);
  const stage = params.get('etape') ?? '';
  const alert = params.get('alerte') ?? '';
  const after = params.get('apres');
  const before = params.get('avant');
  /** On a phone (under 768 px) the persons are cards rather than a table. */
  const phone = useMediaQuery('(max-width: 47.99em)');

  useEffect(() => {
    document.title = 'Portefeuille · Tremplin';
  }, []);

  // The search box writes to the address (debounced) and restarts paging.
  useEffect(() => {
    if ((params.get('q') ?? '') === debouncedSearch) return;
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        next.delete('apres');
        next.delete('avant');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, params, setParams]);

  const counsellors = useQuery(CounsellorsDocument, { skip: !can(user, Permission.STAFF_READ) });
  const q = params.get('q') ?? '';
  const { data, previousData, loading, error } = useQuery(PersonsDocument, {
    variables: {
      filter: {
        search: q || undefined,
        counsellorId: counsellorParam === ALL ? undefined : counsellorParam,
        stage: (stage as PathwayStage) || undefined,
        alert: alert || undefined,
      },
      ...(before ? { last: CASELOAD_PAGE_SIZE, before } : { first: CASELOAD_PAGE_SIZE, after: after ?? undefined }),
    },
  });
  const page = (data ?? previousData)?.persons;
  const filtered = Boolean(q) || counsellorParam !== ALL || Boolean(stage) || Boolean(alert);
  const scope =
    counsellorParam === ALL
      ? 'toute la structure'
      : counsellorParam === user.id
        ? 'votre portefeuille'
        : `portefeuille de ${counsellors.data?.counsellors.find((c) => c.id === counsellorParam)?.fullName ?? 'la personne choisie'}`;
  const criteria = [
    scope,
    stage ? `étape « ${PATHWAY_STAGE_LABELS[stage as PathwayStage] ?? stage} »` : null,
    alert ? `alerte « ${ALERT_LABELS[alert as AlertCode] ?? alert} »` : null,
    q ? `recherche « ${q} »` : null,
  ].filter(Boolean);

  const go = (cursor: { apres?: string; avant?: string }) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('apres');
      next.delete('avant');
      if (cursor.apres) next.set('apres', cursor.apres);
      if (cursor.avant) next.set('avant', cursor.avant);
      return next;
    });

  const setFilter = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value || key === 'conseiller') next.set(key, value);
      else next.delete(key);
      next.delete('apres');
      next.delete('avant');
      return next;
    });

  return (
    <>
      <PageHeader
        title="Portefeuille"
        subtitle={
          <span aria-live="polite" aria-atomic="true">
            {page ? `${countLabel(page.totalCount, 'personne')} · ${criteria.join(' · ')}` : 'Chargement…'}
          </span>
        }
        actions={
          can(user, Permission.PERSON_WRITE) ? (
            <Button component={Link} to="/personnes/nouvelle">
              Nouvelle personne
            </Button>
          ) : null
        }
      />

      <Paper withBorder p="sm" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filtrer le portefeuille">
          <TextInput
            label="Rechercher par nom ou prénom"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <NativeSelect
            label="Conseiller·ère référent·e"
            value={counsellorParam}
            onChange={(e) => setFilter('conseiller', e.currentTarget.value)}
            data={[
              { value: ALL, label: 'Toute la structure' },
              ...(counsellors.data?.counsellors ?? []).map((c) => ({
                value: c.id,
                label: c.id === user.id ? `${c.fullName} (moi)` : c.fullName,
              })),
            ]}
            w={{ base: '100%', sm: 280 }}
          />
          <NativeSelect
            label="Étape"
            value={stage}
            onChange={(e) => setFilter('etape', e.currentTarget.value)}
            data={[
              { value: '', label: 'Toutes les étapes' },
              ...Object.values(PathwayStage).map((s) => ({ value: s, label: PATHWAY_STAGE_LABELS[s] })),
            ]}
            w={{ base: '100%', sm: 220 }}
          />
          <NativeSelect
            label="Alerte"
            value={alert}
            onChange={(e) => setFilter('alerte', e.currentTarget.value)}
            data={[
              { value: '', label: 'Toutes' },
              ...Object.values(AlertCode).map((a) => ({ value: a, label: ALERT_LABELS[a] })),
            ]}
            w={{ base: '100%', sm: 240 }}
          />
        </Group>
      </Paper>

      {error ? (
        <Alert color="red" role="alert" title="Le portefeuille n’a pas pu être chargé" mb="md">
          {problemOf(error).message}
        </Alert>
      ) : null}

      {page && page.totalCount === 0 ? (
        filtered ? (
          <EmptyState
            title="Aucune personne ne correspond à ces critères."
            action={
              <Button
                variant="outline"
                onClick={() => {
                  setSearch('');
                  setParams(new URLSearchParams({ conseiller: ALL }));
                }}
              >
                Effacer les filtres
              </Button>
            }
          >
            Vérifiez l’orthographe du nom, ou cherchez dans toute la structure.
          </EmptyState>
        ) : (
          <EmptyState
            title="Le portefeuille est vide."
            action={
              can(user, Permission.PERSON_WRITE) ? (
                <Button component={Link} to="/personnes/nouvelle">
                  Ajouter une première personne
                </Button>
              ) : null
            }
          >
            Les personnes orientées vers votre structure apparaîtront ici dès leur fiche créée.
          </EmptyState>
        )
      ) : phone && page ? (
        <CaseloadCards persons={page.edges.map((e) => e.node)} busy={loading} />
      ) : (
        <TableScroll minWidth={640} label="Personnes du portefeuille">
          <Table striped highlightOnHover verticalSpacing="xs" aria-busy={loading} aria-describedby="caseload-caption">
            <caption id="caseload-caption">
              <VisuallyHidden>Personnes du portefeuille, triées par nom</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Âge</Table.Th>
                <Table.Th scope="col">Étape</Table.Th>
                <Table.Th scope="col">Conseiller·ère</Table.Th>
                <Table.Th scope="col">Alertes</Table.Th>
                <Table.Th scope="col">Prochaine échéance</Table.Th>
                <Table.Th scope="col">Ville</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page
                ? page.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/personnes/${node.id}`} fw={600}>
                          {node.lastName.toUpperCase()} {node.firstName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{`${node.age}\u00a0ans`}</Table.Td>
                      <Table.Td>
                        <StageBadge stage={node.stage} />
                      </Table.Td>
                      <Table.Td>
                        {node.counsellor?.fullName ?? (
                          <Text span c="dimmed" size="sm">
                            Non attribué·e
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <AlertBadges alerts={node.alerts} />
                      </Table.Td>
                      <Table.Td>{node.nextDeadline ? formatIsoDateFr(node.nextDeadline) : ''}</Table.Td>
                      <Table.Td>{node.city ?? ''}</Table.Td>
                    </Table.Tr>
                  ))
                : Array.from({ length: 8 }, (_, i) => (
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

      {page && (page.pageInfo.hasPreviousPage || page.pageInfo.hasNextPage) ? (
        <Group justify="space-between" mt="md" component="nav" aria-label="Pages du portefeuille">
          <Button
            variant="outline"
            disabled={!page.pageInfo.hasPreviousPage || loading}
            onClick={() => go({ avant: page.pageInfo.startCursor ?? undefined })}
          >
            ← Page précédente
          </Button>
          <Button
            variant="outline"
            disabled={!page.pageInfo.hasNextPage || loading}
            onClick={() => go({ apres: page.pageInfo.endCursor ?? undefined })}
          >
            Page suivante →
          </Button>
        </Group>
      ) : null}
    </>
  );
}
