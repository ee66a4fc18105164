import { Paper, Stack, Text } from '@mantine/core';
import { Permission, ROLE_LABELS, Role } from '@tremplin/domain';
import { PageHeader } from '@tremplin/web-ui';
import { Navigate } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';

/** Where `/` leads: the caseload for structure staff, the portal for partner reviewers; a plain welcome for roles whose screens come later. */
export function HomePage() {
  const user = useCurrentUser();
  // The technical supervisor's home is « Mon terrain » (today's groups, offline too).
  if (user.role === Role.SUPERVISOR) return <Navigate to="/terrain" replace />;
  if (can(user, Permission.PERSON_READ)) return <Navigate to="/personnes" replace />;
  if (can(user, Permission.PARTNER_PORTAL)) return <Navigate to="/portail" replace />;
  const organisation = user.partnerOrganisation?.name ?? user.structure?.name;
  return (
    <>
      <PageHeader
        title={`Bonjour ${user.firstName}`}
        subtitle={`${ROLE_LABELS[user.role as Role]}${organisation ? ` · ${organisation}` : ''}`}
      />
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Text>Votre compte est actif.</Text>
          <Text c="dimmed" size="sm">
            Les écrans de votre rôle (propositions de candidat·es, heures à confirmer, administration) ne sont pas
            encore ouverts dans cette version. Les fiches des personnes accompagnées restent réservées à leur structure.
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
