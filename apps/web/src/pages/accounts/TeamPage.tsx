import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Permission, ROLE_LABELS, type Role, STAFF_ROLES } from '@tremplin/domain';
import { PageHeader, QueryError, SuccessNotice, TableScroll } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import {
  ChangeStaffRoleDocument,
  DeactivateStaffDocument,
  InviteStaffDocument,
  ReactivateStaffDocument,
  StaffMembersDocument,
} from '../../features/accounts/graphql/accounts.generated';
import { StaffSecurityLog } from '../../features/audit/components/StaffSecurityLog';

const STATUS_LABELS: Record<string, string> = {
  INVITED: 'Invitation envoyée',
  ACTIVE: 'Actif',
  DEACTIVATED: 'Désactivé',
};
const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** A structure's team: the director's own (/equipe), or any structure's for the administrator. */
export function TeamPage() {
  const { id: structureId } = useParams();
  const me = useCurrentUser();
  const variables = { structureId: structureId ?? null };
  const { data, error } = useQuery(StaffMembersDocument, { variables, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['StaffMembers'] };
  const [invite, { loading: inviting }] = useMutation(InviteStaffDocument, refetch);
  const [changeRole] = useMutation(ChangeStaffRoleDocument, refetch);
  const [deactivate] = useMutation(DeactivateStaffDocument, refetch);
  const [reactivate] = useMutation(ReactivateStaffDocument, refetch);
  const [form, setForm] = useState({ email: '', firstName: '', lastName: '', role: 'COUNSELLOR' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [roles, setRoles] = useState<Record<string, string>>({});
  // « Sécurité du compte »: the director's own team only (AUDIT_READ), one account at a time.
  const readsSecurity = !structureId && can(me, Permission.AUDIT_READ);
  const [securityOf, setSecurityOf] = useState<{ id: string; fullName: string } | null>(null);

  useEffect(() => {
    document.title = 'Équipe · Tremplin';
  }, []);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const act = async (run: () => Promise<unknown>, message: string) => {
    try {
      await run();
      setProblem(null);
      setNotice(message);
      noticeRef.current?.focus();
    } catch (err) {
      setNotice(null);
      setProblem(problemOf(err).message);
    }
  };

  const onInvite = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await invite({
        variables: { input: { ...form, role: form.role as Role, structureId: structureId ?? null } },
      });
      const result = r.data?.inviteStaff;
      setErrors({});
      setProblem(null);
      setLink(result?.link ?? null);
      setNotice(
        result?.emailSent
          ? `Invitation envoyée à ${form.email.trim()} : le lien vaut 72 heures.`
          : `Compte créé pour ${form.email.trim()}, mais aucun e-mail n’est parti : transmettez-lui le lien ci-dessous.`,
      );
      setForm({ email: '', firstName: '', lastName: '', role: 'COUNSELLOR' });
      noticeRef.current?.focus();
    } catch (err) {
      const p = problemOf(err);
      const byField = Object.fromEntries(p.fieldErrors.map((f) => [f.field, f.message]));
      setErrors(byField);
      if (p.fieldErrors[0]) document.getElementById(`invite-${p.fieldErrors[0].field}`)?.focus();
      else setProblem(p.message);
    }
  };

  return (
    <Stack>
      <PageHeader
        title="Équipe"
        subtitle={
          structureId ? (
            <Anchor component={Link} to="/administration/structures">
              Retour aux structures
            </Anchor>
          ) : (
            me.structure?.name
          )
        }
      />
      <div ref={noticeRef} tabIndex={-1}>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      </div>
      {link ? (
        <Alert color="blue" title="Lien à transmettre (une seule fois)">
          <Code block>{link}</Code>
        </Alert>
      ) : null}
      {problem ? (
        <Alert ref={problemRef} tabIndex={-1} color="red" role="alert" title="Action refusée">
          {problem}
        </Alert>
      ) : null}
      <QueryError title="Équipe indisponible" message={error ? problemOf(error).message : null} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-title">
        <Title order={2} size="h3" mb="sm" id="invite-title">
          Inviter une personne
        </Title>
        <form onSubmit={onInvite} noValidate aria-labelledby="invite-title">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id="invite-email"
              label="Adresse e-mail"
              type="email"
              required
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
              error={errors['email']}
            />
            <NativeSelect
              id="invite-role"
              label="Rôle"
              data={ROLE_OPTIONS}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
              error={errors['role']}
            />
            <TextInput
              id="invite-firstName"
              label="Prénom"
              required
              value={form.firstName}
              onChange={(e) => setForm({ ...form, firstName: e.currentTarget.value })}
              error={errors['firstName']}
            />
            <TextInput
              id="invite-lastName"
              label="Nom"
              required
              value={form.lastName}
              onChange={(e) => setForm({ ...form, lastName: e.currentTarget.value })}
              error={errors['lastName']}
            />
          </SimpleGrid>
          <Button type="submit" mt="md" loading={inviting}>
            Envoyer l’invitation
          </Button>
        </form>
      </Paper>
      <section aria-labelledby="team-title">
        <Title order={2} size="h3" mb="sm" id="team-title">
          Membres de l’équipe
        </Title>
        <TableScroll minWidth={720} label="Équipe">
          <Table striped aria-labelledby="team-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Adresse e-mail</Table.Th>
                <Table.Th scope="col">Rôle</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.staffMembers ?? []).map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.fullName}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <NativeSelect
                        aria-label={`Rôle de ${m.fullName}`}
                        data={ROLE_OPTIONS}
                        value={roles[m.id] ?? m.role}
                        onChange={(e) => setRoles({ ...roles, [m.id]: e.currentTarget.value })}
                      />
                      {(roles[m.id] ?? m.role) !== m.role ? (
                        <Button
                          size="xs"
                          onClick={() =>
                            act(
                              () => changeRole({ variables: { input: { userId: m.id, role: roles[m.id] as Role } } }),
                              `Rôle de ${m.fullName} changé.`,
                            )
                          }
                        >
                          Changer le rôle<VisuallyHidden> de {m.fullName}</VisuallyHidden>
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{STATUS_LABELS[m.status]}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {m.id === me.id ? null : m.status === 'DEACTIVATED' ? (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            act(
                              () => reactivate({ variables: { input: { userId: m.id } } }),
                              `${m.fullName} est réactivé·e.`,
                            )
                          }
                        >
                          Réactiver<VisuallyHidden> {m.fullName}</VisuallyHidden>
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            act(
                              () => deactivate({ variables: { input: { userId: m.id } } }),
                              `${m.fullName} est désactivé·e : ses sessions sont fermées.`,
                            )
                          }
                        >
                          Désactiver<VisuallyHidden> {m.fullName}</VisuallyHidden>
                        </Button>
                      )}
                      {readsSecurity ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-expanded={securityOf?.id === m.id}
                          aria-controls={securityOf?.id === m.id ? 'account-security' : undefined}
                          onClick={() =>
                            setSecurityOf(securityOf?.id === m.id ? null : { id: m.id, fullName: m.fullName })
                          }
                        >
                          Sécurité du compte<VisuallyHidden> de {m.fullName}</VisuallyHidden>
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
      {readsSecurity && securityOf ? (
        <div id="account-security">
          <StaffSecurityLog userId={securityOf.id} fullName={securityOf.fullName} onClose={() => setSecurityOf(null)} />
        </div>
      ) : null}
    </Stack>
  );
}
