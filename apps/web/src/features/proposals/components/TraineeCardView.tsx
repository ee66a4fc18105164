import { Badge, Blockquote, Group, List, Paper, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { TableScroll } from '@tremplin/web-ui';
import { formatIsoDateFr, formatMinutes } from '@tremplin/domain';
import type { ReactNode } from 'react';
import type { TraineeCardFieldsFragment } from '../../../gql/graphql';
import { MissionHoursBadge } from './badges';

export type TraineeCardFragment = TraineeCardFieldsFragment;

const srOnly = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** « du 02/03/2026 au 13/03/2026 », or « le 02/03/2026 » for a single day. */
function period(start: string, end: string): string {
  return start === end ? `le ${formatIsoDateFr(start)}` : `du ${formatIsoDateFr(start)} au ${formatIsoDateFr(end)}`;
}

function Section({ title, order, children }: { title: string; order: TitleOrder; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Title order={order} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The trainee card, exactly as the employer sees it: display name (full name only with consent), contact only with
 * consent, the structure's message, the target certification and its blocks, evaluations, training hours and the
 * missions done at this employer. Used by the counsellor's preview before sending and by the partner portal.
 *
 * `headingOrder` is the level of the card's heading (the trainee's name); its sections use the next level.
 */
export function TraineeCardView({
  card,
  headingOrder = 3,
}: {
  card: TraineeCardFragment;
  headingOrder?: 2 | 3 | 4 | 5;
}) {
  const sub = (headingOrder + 1) as TitleOrder;
  const cert = card.certification;
  const training = card.training;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Fiche de ${card.displayName}`}>
      <Stack gap="md">
        <div>
          <Title order={headingOrder} size="h4">
            {card.displayName}
          </Title>
          <Text size="sm" c="dimmed">
            Proposé·e par {card.structureName}
          </Text>
          {card.phone || card.email ? (
            <Group gap="md" mt={4}>
              {card.phone ? (
                <Text size="sm">
                  Téléphone : <a href={`tel:${card.phone.replace(/\s+/g, '')}`}>{card.phone}</a>
                </Text>
              ) : null}
              {card.email ? (
                <Text size="sm">
                  E-mail : <a href={`mailto:${card.email}`}>{card.email}</a>
                </Text>
              ) : null}
            </Group>
          ) : null}
        </div>

        {card.message ? (
          <Blockquote p="sm" color="blue.9">
            <Text size="xs" fw={600} mb={2}>
              Le mot de {card.structureName}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {card.message}
            </Text>
          </Blockquote>
        ) : null}

        <Section title="Certification visée" order={sub}>
          {cert ? (
            <>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {cert.title}
                  {cert.code ? ` (${cert.code})` : ''}
                </Text>
                <Badge variant="outline" color={cert.obtained ? 'teal.9' : 'gray.8'} radius="sm" tt="none" fw={600}>
                  {cert.statusLabel}
                </Badge>
              </Group>
              {cert.blocks.length ? (
                <TableScroll minWidth={480} label="Blocs de compétences">
                  <Table striped verticalSpacing={4} fz="sm">
                    <caption style={srOnly}>Blocs de compétences de la certification visée</caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Bloc</Table.Th>
                        <Table.Th scope="col">Niveau atteint</Table.Th>
                        <Table.Th scope="col">Évalué le</Table.Th>
                        <Table.Th scope="col">Résultat</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {cert.blocks.map((b) => (
                        <Table.Tr key={b.code}>
                          <Table.Td>
                            {b.code} — {b.title}
                          </Table.Td>
                          <Table.Td>{b.levelLabel ?? 'Pas encore évalué'}</Table.Td>
                          <Table.Td>{b.evaluatedOn ? formatIsoDateFr(b.evaluatedOn) : '—'}</Table.Td>
                          <Table.Td>{b.resultLabel ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              ) : null}
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Pas de certification visée pour l’instant.
            </Text>
          )}
        </Section>

        <Section title="Évaluations des compétences" order={sub}>
          {card.evaluations.length ? (
            <List spacing={6} size="sm" listStyleType="none">
              {card.evaluations.map((e, i) => (
                <List.Item key={`${e.blockTitle}-${e.evaluatedOn}-${i}`}>
                  <Text size="sm">
                    <Text span fw={600}>
                      {e.blockTitle}
                    </Text>{' '}
                    : {e.levelLabel}, le {formatIsoDateFr(e.evaluatedOn)} par {e.evaluatorName}
                  </Text>
                  {e.comment ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      « {e.comment} »
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              Aucune évaluation enregistrée pour l’instant.
            </Text>
          )}
        </Section>

        <Section title="Formation" order={sub}>
          <Text size="sm">
            {formatMinutes(training.attendedMinutes)} de formation suivies
            {training.plannedMinutes !== null && training.plannedMinutes !== undefined
              ? ` sur ${formatMinutes(training.plannedMinutes)} prévues`
              : ''}
            .
          </Text>
        </Section>

        <Section title="Missions chez cet employeur" order={sub}>
          {card.missions.length ? (
            <TableScroll minWidth={560} label="Missions faites chez cet employeur">
              <Table striped verticalSpacing={4} fz="sm">
                <caption style={srOnly}>Missions faites chez cet employeur, la plus récente d’abord</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Mission</Table.Th>
                    <Table.Th scope="col">Période</Table.Th>
                    <Table.Th scope="col">Site</Table.Th>
                    <Table.Th scope="col">Heures</Table.Th>
                    <Table.Th scope="col">Retour du tuteur</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {card.missions.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{m.kindLabel}</Table.Td>
                      <Table.Td>{period(m.startDate, m.endDate)}</Table.Td>
                      <Table.Td>{m.site ?? '—'}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <span>{formatMinutes(m.minutes)}</span>
                          <MissionHoursBadge status={m.hoursStatus} label={m.hoursStatusLabel} />
                        </Stack>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.tutorFeedback ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Text size="sm" c="dimmed">
              Aucune mission chez cet employeur pour l’instant.
            </Text>
          )}
        </Section>
      </Stack>
    </Paper>
  );
}
