import { List, Paper, Stack, Text } from '@mantine/core';
import { formatIsoDateFr, formatMinutes, PresenceRule } from '@tremplin/domain';
import type { ExitPresenceFieldsFragment } from '../../../gql/graphql';
import { RecordTable } from '../../records/components/RecordTable';

/**
 * What the presence rule counted for an exit (recorded, or about to be): the rule of the structure kind, the last
 * financial annex and the days counted, the start of the first contract, and each mission and training session with
 * its hours and their total — the very figures the exit is judged on (docs/domain/exits.md).
 */
export function CountedHours({ presence: p, title }: { presence: ExitPresenceFieldsFragment; title: string }) {
  const byHours = p.ruleKind === PresenceRule.HOURS_ON_LAST_ANNEX || p.ruleKind === PresenceRule.WORKED;
  const period = p.annex
    ? `Annexe financière ${p.annex.reference} (du ${formatIsoDateFr(p.annex.startDate)} au ${formatIsoDateFr(p.annex.endDate)}) : heures comptées du ${formatIsoDateFr(p.annex.startDate)} au ${formatIsoDateFr(p.exitDate)}.`
    : `Aucune annexe financière DDETS (aide au poste) enregistrée : toutes les heures jusqu’au ${formatIsoDateFr(p.exitDate)} sont comptées.`;
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{p.rule}</List.Item>
        <List.Item>
          {p.contractStart
            ? `Premier contrat de travail avec la structure : commencé le ${formatIsoDateFr(p.contractStart)}.`
            : 'Aucun contrat de travail enregistré avec la structure.'}
        </List.Item>
        {byHours ? <List.Item>{period}</List.Item> : null}
      </List>
      {byHours ? (
        <>
          <RecordTable
            caption={`${title} : missions et présences en formation`}
            columns={['Date', 'Nature', 'Où', 'Heures']}
            empty="Aucune mission ni présence en formation dans la période : 0 h."
            rows={p.hours.map((h) => [
              h.startDate === h.endDate
                ? formatIsoDateFr(h.startDate)
                : `du ${formatIsoDateFr(h.startDate)} au ${formatIsoDateFr(h.endDate)}`,
              h.source === 'TRAINING' ? `Formation (${h.kindLabel.toLocaleLowerCase('fr-FR')})` : h.kindLabel,
              [h.label, h.place].filter(Boolean).join(' — '),
              formatMinutes(h.minutes),
            ])}
          />
          <Text size="sm" fw={600}>
            Total : {formatMinutes(p.minutesWorked)}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}

/** Points to check that do not stop the exit (a contract with the structure still running on the exit date). */
export function ExitWarnings({ warnings }: { warnings: readonly string[] }) {
  if (!warnings.length) return null;
  return (
    // Not an alert role: the form shows it while one types, it must not interrupt a screen reader at each key.
    <Paper withBorder p="xs" style={{ borderLeft: '4px solid var(--mantine-color-warning-9)' }}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          À vérifier
        </Text>
        {warnings.map((w) => (
          <Text key={w} size="sm">
            {w}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
