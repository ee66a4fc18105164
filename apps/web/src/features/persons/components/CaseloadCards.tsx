import { Anchor, Badge, Group, Paper, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { StageBadge } from '@tremplin/web-ui';
import { Link } from 'react-router';
import type { PersonsQuery } from '../../../gql/graphql';
import classes from './CaseloadCards.module.css';

export type CaseloadPerson = PersonsQuery['persons']['edges'][number]['node'];

/** A person's alerts, each a badge whose message is read by screen readers and shown on hover. */
export function AlertBadges({ alerts }: { alerts: CaseloadPerson['alerts'] }) {
  return (
    <Group gap={4}>
      {alerts.map((a) => (
        <Tooltip key={a.code} label={a.message} multiline w={320} withArrow>
          <Badge color={a.severity === 'danger' ? 'red.9' : 'warning.9'} variant="outline" radius="sm" tt="none">
            {a.label}
            <VisuallyHidden> : {a.message}</VisuallyHidden>
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

/** The caseload on a phone: one card a person (name, age, stage, alerts, referent, next deadline, city), no table. */
export function CaseloadCards({ persons, busy }: { persons: CaseloadPerson[]; busy: boolean }) {
  return (
    <ul className={classes.list} aria-label="Personnes du portefeuille, triées par nom" aria-busy={busy}>
      {persons.map((p) => (
        <Paper component="li" key={p.id} withBorder p="sm">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/personnes/${p.id}`} fw={600}>
                {p.lastName.toUpperCase()} {p.firstName}
              </Anchor>
              <StageBadge stage={p.stage} />
            </Group>
            {p.alerts.length ? <AlertBadges alerts={p.alerts} /> : null}
            <Text size="sm" c="dimmed">
              {[
                `${p.age}\u00a0ans`,
                p.counsellor?.fullName ?? 'Non attribué·e',
                p.nextDeadline ? `échéance le ${formatIsoDateFr(p.nextDeadline)}` : null,
                p.city,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </Paper>
      ))}
    </ul>
  );
}
