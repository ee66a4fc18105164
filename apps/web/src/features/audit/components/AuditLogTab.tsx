import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { countLabel } from '@tremplin/domain';
import { EmptyState, TableScroll } from '@tremplin/web-ui';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonTabProps } from '../../pathway/person-tab';
import { formatInstantFr } from '../../proposals/format';
import { formatAuditDetails } from '../audit-details';
import { PersonAuditLogDocument } from '../graphql/audit.generated';

const PAGE = 50;

const srOnly = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Tab « Journal des accès » (direction only, AUDIT_READ): who read or changed what about the person outside the
 * structure — an employer partner reading the card, proposals, decisions, hours reviews — newest first, from the
 * append-only audit log. « Voir plus » loads the next entries without moving the ones already shown.
 */
export function AuditLogTab({ personId }: PersonTabProps) {
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, loading, error } = useQuery(PersonAuditLogDocument, {
    variables: { personId, first, offset: 0 },
  });
  const page = (data ?? previousData)?.personAuditLog;
  if (!page && error)
    return (
      <Alert color="red" title="Le journal des accès ne peut pas être affiché">
        {problemOf(error).message}
      </Alert>
    );
  if (!page) return <Skeleton height={300} role="status" aria-label="Chargement du journal des accès" />;

  return (
    <Stack gap="sm" component="section" aria-labelledby="journal-des-acces">
      <div>
        <Title order={2} size="h4" id="journal-des-acces">
          Journal des accès
        </Title>
        <Text size="sm" c="dimmed">
          Chaque consultation de la fiche par un employeur partenaire et chaque action sur les propositions et les
          heures de mission, la plus récente d’abord. Ce journal ne peut être ni modifié ni effacé.
        </Text>
      </div>
      {page.totalCount ? (
        <>
          <Text size="sm" aria-live="polite">
            {countLabel(page.totalCount, 'entrée')}
            {page.totalCount > page.items.length ? `, ${page.items.length} affichées` : ''}
          </Text>
          <TableScroll minWidth={720} label="Journal des accès à la fiche">
            <Table striped verticalSpacing={6} fz="sm">
              <caption style={srOnly}>Journal des accès à la fiche, le plus récent d’abord</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date et heure</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Par</Table.Th>
                  <Table.Th scope="col">Organisation</Table.Th>
                  <Table.Th scope="col">Détails</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstantFr(e.occurredAt)}</Table.Td>
                    <Table.Td>{e.actionLabel}</Table.Td>
                    <Table.Td>
                      {e.actorLabel}
                      <Text span size="xs" c="dimmed" display="block">
                        {e.actorRoleLabel}
                      </Text>
                    </Table.Td>
                    <Table.Td>{e.actorOrganisation ?? '—'}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{formatAuditDetails(e.details)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {page.totalCount > page.items.length ? (
            <Group>
              <Button variant="outline" loading={loading} onClick={() => setFirst((n) => n + PAGE)}>
                Voir plus
              </Button>
              {error ? (
                <Text size="sm" c="red.9" role="alert">
                  {problemOf(error).message}
                </Text>
              ) : null}
            </Group>
          ) : null}
        </>
      ) : (
        <EmptyState title="Aucun accès enregistré pour cette personne">
          Le journal se remplit dès que la fiche est proposée à un employeur partenaire : chaque consultation par
          l’employeur, chaque décision et chaque confirmation d’heures y apparaîtront.
        </EmptyState>
      )}
    </Stack>
  );
}
