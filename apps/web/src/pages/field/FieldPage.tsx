import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth';
import { ConflictPanel } from '../../features/offline/components/ConflictPanel';
import { EvaluateMember } from '../../features/offline/components/EvaluateMember';
import { MissionsToday } from '../../features/offline/components/MissionsToday';
import { OutboxBanner } from '../../features/offline/components/OutboxBanner';
import { SessionToday } from '../../features/offline/components/SessionToday';
import { useFieldSnapshot } from '../../features/offline/hooks/useFieldSnapshot';
import { useOutbox } from '../../features/offline/hooks/useOutbox';
import type { OutboxEntry } from '../../features/offline/offline-store';

/**
 * « Mon terrain » (`/terrain`): the technical supervisor's home, made for a phone and usable offline (ADR 0014).
 * Today's groups and sessions, each person's attendance with big buttons; entries go through the outbox (IndexedDB),
 * sent at once or when the network returns; a line someone else changed meanwhile is shown side by side to decide.
 */
export function FieldPage() {
  const user = useCurrentUser();
  const today = todayInParis();
  const { snapshot, source, loading, reload } = useFieldSnapshot(user, user);
  const outbox = useOutbox({ onDrained: reload });

  const keepTheirs = async (entry: OutboxEntry) => {
    await outbox.keepTheirs(entry);
    await reload();
  };

  const groups = (snapshot?.groups ?? []).map((g) => ({
    group: g,
    sessions: g.sessions.filter((s) => s.sessionDate === today),
  }));

  return (
    <Stack gap="md" maw={640} mx="auto">
      <PageHeader
        title="Mon terrain"
        subtitle={`${formatIsoDateFr(today)}${source === 'device' && snapshot ? ` · semaine gardée sur cet appareil (${new Date(snapshot.savedAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })})` : ''}`}
      />
      <OutboxBanner
        online={outbox.online}
        pending={outbox.pending.length}
        refused={outbox.refused.length}
        sending={outbox.sending}
        unreachable={outbox.unreachable}
        onRetry={() => void outbox.retry()}
      />
      {/* The other field screens need the network (the week grids). */}
      {outbox.online ? (
        <Group gap="md">
          <Anchor component={Link} to="/missions/semaine">
            Heures de mission
          </Anchor>
        </Group>
      ) : null}
      <ConflictPanel
        conflicts={outbox.conflicts}
        snapshot={snapshot}
        onKeepMine={outbox.keepMine}
        onKeepTheirs={keepTheirs}
      />
      {loading ? (
        <Group justify="center" p="lg">
          <Loader role="status" aria-label="Chargement de vos groupes" />
        </Group>
      ) : !snapshot ? (
        <EmptyState title="Vos groupes ne sont pas encore sur cet appareil">
          Ouvrez « Mon terrain » une fois avec le réseau : la semaine de vos groupes y sera gardée pour travailler hors
          ligne.
        </EmptyState>
      ) : !groups.length ? (
        <EmptyState title="Aucun groupe ne vous est confié">Votre conseiller·ère vous en confiera un.</EmptyState>
      ) : (
        groups.map(({ group, sessions }) => (
          <Stack key={group.id} gap="xs" component="section" aria-labelledby={`groupe-${group.id}`}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={2} size="h3" id={`groupe-${group.id}`}>
                {group.name}
              </Title>
              {outbox.online ? (
                <Anchor component={Link} to={`/groupes/${group.id}/semaine`}>
                  Semaine du groupe
                </Anchor>
              ) : null}
            </Group>
            {sessions.length ? (
              sessions.map((session) => (
                <SessionToday
                  key={session.id}
                  group={group}
                  session={session}
                  entries={outbox.entries}
                  sentKeys={outbox.sentKeys}
                  online={outbox.online}
                  onSave={outbox.enqueue}
                />
              ))
            ) : (
              <Text c="dimmed">Pas de session aujourd’hui pour ce groupe.</Text>
            )}
            <Title order={3} size="h4">
              Évaluations
            </Title>
            {group.rows.map((row) => (
              <EvaluateMember
                key={row.person.id}
                person={row.person}
                blocks={snapshot.blocks?.[row.person.id] ?? []}
                today={today}
                evaluatorName={user.fullName}
                entries={outbox.entries}
                online={outbox.online}
                onSave={outbox.enqueue}
              />
            ))}
          </Stack>
        ))
      )}
      {snapshot?.missionHosts?.length ? (
        <MissionsToday
          hosts={snapshot.missionHosts}
          today={today}
          entries={outbox.entries}
          sentKeys={outbox.sentKeys}
          online={outbox.online}
          onSave={outbox.enqueue}
        />
      ) : null}
    </Stack>
  );
}
