import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, CloseButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatIsoDateFr, parseFrDate, Permission, todayInParis } from '@tremplin/domain';
import { type FormEvent, useMemo, useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import { type FoundPerson, PersonSearch, personName } from '../../persons/components/PersonSearch';
import { CreateTrainingGroupDocument, GroupSupervisorChoicesDocument } from '../graphql/groups.generated';

/** « Nouveau groupe »: its name, start date, members (picked by name) and its technical supervisors. */
export function GroupCreateForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const user = useCurrentUser();
  // Whoever creates a group (PATHWAY_WRITE) assigns its supervisors; the list needs the staff read.
  const canPickSupervisors = can(user, Permission.STAFF_READ);
  const staff = useQuery(GroupSupervisorChoicesDocument, { skip: !canPickSupervisors });
  const supervisorsToPick = staff.data?.supervisors ?? [];
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(formatIsoDateFr(todayInParis()));
  const [members, setMembers] = useState<FoundPerson[]>([]);
  const [supervisorIds, setSupervisorIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; startsOn?: string; form?: string }>({});
  const [create, { loading }] = useMutation(CreateTrainingGroupDocument, { refetchQueries: 'active' });
  const onGroup = useMemo(() => new Map(members.map((m) => [m.id, 'déjà dans le groupe'])), [members]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const start = parseFrDate(startsOn);
    const found = {
      name: name.trim() ? undefined : 'Saisissez le nom du groupe.',
      startsOn: start ? undefined : 'Saisissez la date de début au format jj/mm/aaaa.',
    };
    setErrors(found);
    if (found.name || found.startsOn || !start) return;
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            startsOn: start,
            memberIds: members.map((m) => m.id),
            ...(canPickSupervisors ? { supervisorIds } : {}),
          },
        },
      });
      const id = result.data?.createTrainingGroup.id;
      if (id) onCreated(id);
    } catch (err) {
      setErrors({ form: problemOf(err).message });
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-group-title">
      <Title order={2} size="h4" id="new-group-title" mb="sm">
        Nouveau groupe
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {errors.form ? (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              label="Nom du groupe"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              w={{ base: '100%', sm: 320 }}
            />
            <TextInput
              label="Date de début"
              required
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              error={errors.startsOn}
              w={{ base: '100%', sm: 160 }}
            />
          </Group>
          <PersonSearch
            label="Ajouter un membre"
            action="Ajouter"
            actionAriaLabel={(n) => `Ajouter ${n} au groupe`}
            unavailable={onGroup}
            onPick={(p) => setMembers((ms) => [...ms, p])}
          />
          <Text size="sm" fw={600}>
            Membres ({members.length})
          </Text>
          {members.length ? (
            <Group
              gap="xs"
              component="ul"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Membres du nouveau groupe"
            >
              {members.map((m) => (
                <Group
                  component="li"
                  key={m.id}
                  gap={2}
                  px={6}
                  style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
                >
                  <Text size="sm">{personName(m)}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={`Retirer ${personName(m)} du groupe`}
                    onClick={() => setMembers((ms) => ms.filter((x) => x.id !== m.id))}
                  />
                </Group>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Aucun membre pour l’instant : cherchez les personnes par leur nom.
            </Text>
          )}
          {canPickSupervisors ? (
            <Checkbox.Group label="Encadrant·es techniques" value={supervisorIds} onChange={setSupervisorIds}>
              <Group gap="md" mt={4}>
                {supervisorsToPick.length ? (
                  supervisorsToPick.map((s) => <Checkbox key={s.id} value={s.id} label={s.fullName} />)
                ) : (
                  <Text size="sm" c="dimmed">
                    Aucun·e encadrant·e technique dans l’équipe.
                  </Text>
                )}
              </Group>
            </Checkbox.Group>
          ) : (
            <Text size="sm" c="dimmed">
              Les encadrant·es techniques du groupe sont désigné·es par la direction.
            </Text>
          )}
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              Créer le groupe
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
