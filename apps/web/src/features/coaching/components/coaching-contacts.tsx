import { Badge, Button, Stack, Text } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import type { PersonCoachingQuery } from '../../../gql/graphql';

export type CoachingContact = NonNullable<
  PersonCoachingQuery['person']
>['missions'][number]['coachingContacts'][number];

/** One line of « Contacts de suivi »: a request awaiting its mediation, or a contact held. */
export function contactLine(c: CoachingContact): { when: string; what: string; note: string | null } {
  if (c.status === 'REQUESTED')
    return {
      when: `Demandée le ${formatIsoDateFr(c.requestedAt?.slice(0, 10) ?? '')}`,
      what: `Médiation demandée par l’employeur`,
      note: c.requestMessage ? `« ${c.requestMessage} »` : null,
    };
  return {
    when: c.occurredOn ? formatIsoDateFr(c.occurredOn) : '—',
    what: c.kindLabel + (c.author ? ` (par ${c.author.fullName})` : ''),
    note: c.note,
  };
}

/** « Contacts de suivi » of one mission, the latest first; an open request on top, with its action. */
export function CoachingContactList({
  contacts,
  onHold,
  canWrite,
}: {
  contacts: CoachingContact[];
  onHold: (requestId: string) => void;
  canWrite: boolean;
}) {
  if (!contacts.length)
    return (
      <Text size="sm" c="dimmed">
        Aucun contact de suivi enregistré pour cette mission.
      </Text>
    );
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {contacts.map((c) => {
        const line = contactLine(c);
        return (
          <li key={c.id}>
            <Text size="sm" fw={600}>
              {line.when} — {line.what}{' '}
              {c.confidential ? (
                <Badge size="xs" color="grape.9" variant="outline" tt="none">
                  Confidentiel
                </Badge>
              ) : null}
              {c.status === 'REQUESTED' ? (
                <Badge size="xs" color="warning.9" variant="outline" tt="none">
                  {c.statusLabel}
                </Badge>
              ) : null}
            </Text>
            {line.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {line.note}
              </Text>
            ) : null}
            {c.status === 'REQUESTED' && canWrite ? (
              <Button size="xs" variant="light" mt={4} onClick={() => onHold(c.id)}>
                Enregistrer la médiation
              </Button>
            ) : null}
          </li>
        );
      })}
    </Stack>
  );
}
