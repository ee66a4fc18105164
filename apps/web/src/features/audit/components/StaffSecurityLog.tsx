import { useQuery } from '@apollo/client/react';
import { Alert, CloseButton, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { TableScroll } from '@tremplin/web-ui';
import { useEffect, useRef } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { formatInstantFr } from '../../proposals/format';
import { formatAuditDetails } from '../audit-details';
import { StaffSecurityLogDocument } from '../graphql/audit.generated';

/**
 * « Sécurité du compte » (direction only, AUDIT_READ): the last 20 security events of a team member's account —
 * two-factor turned on or off, recovery codes renewed, a refused code, a sign-in with a recovery code, sessions ended
 * from « Mes sessions » — newest first, from the append-only audit log. Never a code or a secret.
 */
export function StaffSecurityLog({
  userId,
  fullName,
  onClose,
}: {
  userId: string;
  fullName: string;
  onClose: () => void;
}) {
  const { data, error } = useQuery(StaffSecurityLogDocument, {
    variables: { userId },
    fetchPolicy: 'cache-and-network',
  });
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, [userId]);
  const items = data?.staffSecurityLog;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-security-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h3" id="account-security-title" ref={titleRef} tabIndex={-1}>
              Sécurité du compte de {fullName}
            </Title>
            <Text size="sm" c="dimmed">
              Les 20 derniers événements : double authentification, codes de secours, code refusé, sessions terminées
              depuis « Mes sessions ». Ni code ni secret n’y figure ; ce journal ne peut être ni modifié ni effacé.
            </Text>
          </div>
          <CloseButton aria-label={`Fermer la sécurité du compte de ${fullName}`} onClick={onClose} />
        </Group>
        {!items && error ? (
          <Alert color="red" title="La sécurité du compte ne peut pas être affichée">
            {problemOf(error).message}
          </Alert>
        ) : !items ? (
          <Skeleton height={120} role="status" aria-label="Chargement de la sécurité du compte" />
        ) : items.length === 0 ? (
          <Text size="sm">Aucun événement de sécurité enregistré pour ce compte.</Text>
        ) : (
          <TableScroll minWidth={600} label={`Sécurité du compte de ${fullName}`}>
            <Table striped verticalSpacing={6} fz="sm" aria-labelledby="account-security-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date et heure</Table.Th>
                  <Table.Th scope="col">Événement</Table.Th>
                  <Table.Th scope="col">Par</Table.Th>
                  <Table.Th scope="col">Détails</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstantFr(e.occurredAt)}</Table.Td>
                    <Table.Td>{e.actionLabel}</Table.Td>
                    <Table.Td>
                      {e.actorLabel}
                      <Text span size="xs" c="dimmed" display="block">
                        {e.actorRoleLabel}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{formatAuditDetails(e.details)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Paper>
  );
}
