import { TONES } from '@tremplin/web-ui';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { BLOCK_RESULT_LABELS, BlockResult, formatIsoDateFr, parseFrDate, todayInParis } from '@tremplin/domain';
import { useState } from 'react';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { PersonCertificationQuery } from '../../../gql/graphql';
import { useInPlaceFormFocus } from '../../intake/hooks/useInPlaceFormFocus';
import type { PersonTabProps } from '../../pathway/person-tab';
import { type FormValues, RecordForm } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import {
  PersonCertificationDocument,
  RecordExamSessionDocument,
  SetTargetCertificationDocument,
} from '../graphql/certification.generated';

type Person = PersonCertificationQuery['person'];
type Target = NonNullable<Person['targetCertification']>;
type CertificationOption = PersonCertificationQuery['certifications'][number];

/** Mantine's green.9 and orange.9 fall just under 4.5:1 on white for small text: one step darker. */
const TONE_OK = TONES.success;
const TONE_WARN = TONES.warning;

const RESULT_OPTIONS = (Object.keys(BLOCK_RESULT_LABELS) as BlockResult[]).map((r) => ({
  value: r,
  label: BLOCK_RESULT_LABELS[r],
}));
const RESULT_COLORS: Record<string, string> = {
  [BlockResult.FULL]: TONE_OK,
  [BlockResult.PARTIAL]: TONE_WARN,
  [BlockResult.NONE]: 'red.9',
};
const OUTCOME_COLORS: Record<string, string> = { FULL: TONE_OK, PARTIAL: TONE_WARN, NONE: 'red.9' };

/** `Titre professionnel Agent de propreté et d’hygiène · RNCP 37776 · niveau 3` */
function certificationLabel(c: { title: string; rncpCode?: string | null; level: number }): string {
  return [c.title, c.rncpCode ? `RNCP ${c.rncpCode.replace(/^RNCP\s*/i, '')}` : 'hors RNCP', `niveau ${c.level}`].join(
    ' · ',
  );
}

async function save(run: () => Promise<unknown>): Promise<ApiProblem | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return problemOf(e);
  }
}

function ResultBadge({ result, label }: { result: string; label: string }) {
  return (
    <Badge color={RESULT_COLORS[result] ?? 'gray.9'} variant="outline" tt="none" radius="sm" size="sm">
      {label}
    </Badge>
  );
}

/** The target's blocks with the latest result of each (a block failed then passed at a later session is acquired). */
function BlocksTable({ target, sessions }: { target: Target; sessions: Person['examSessions'] }) {
  const latest = new Map<string, { result: string; label: string; on: string }>();
  [...sessions]
    .filter((s) => s.certification.id === target.id)
    .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))
    .forEach((s) =>
      s.results.forEach((r) => latest.set(r.block.id, { result: r.result, label: r.resultLabel, on: s.sessionDate })),
    );
  return (
    <RecordTable
      caption={`Blocs de ${target.title} et dernier résultat de chacun`}
      columns={['Bloc', 'Intitulé', 'Dernier résultat']}
      empty="Cette certification n’a pas de bloc enregistré."
      rows={[...target.blocks]
        .sort((a, b) => a.position - b.position)
        .map((b) => {
          const r = latest.get(b.id);
          return [
            b.code,
            b.title,
            r ? (
              <Group gap={6} key="r">
                <ResultBadge result={r.result} label={r.label} />
                <Text span size="xs" c="dimmed">
                  session du {formatIsoDateFr(r.on)}
                </Text>
              </Group>
            ) : (
              <Text span size="sm" c="dimmed" key="r">
                Pas encore passé
              </Text>
            ),
          ];
        })}
    />
  );
}

function TargetForm({
  person,
  certifications,
  onDone,
}: {
  person: Person;
  certifications: CertificationOption[];
  onDone?: () => void;
}) {
  const [setTarget] = useMutation(SetTargetCertificationDocument, { refetchQueries: 'active' });
  const target = person.targetCertification;
  return (
    <RecordForm
      key={`${person.version}-${target?.id ?? ''}`}
      title={target ? 'Changer de certification visée' : 'Choisir la certification visée'}
      submitLabel="Enregistrer la certification visée"
      initial={{ certificationId: target?.id ?? '' }}
      fields={[
        {
          name: 'certificationId',
          label: 'Certification visée',
          kind: 'select',
          required: !target,
          wide: true,
          placeholder: target ? 'Aucune (retirer la certification visée)' : 'Choisir…',
          options: certifications.map((c) => ({ value: c.id, label: certificationLabel(c) })),
          description: 'Titre professionnel, CQP ou diplôme inscrit au RNCP, avec son niveau.',
        },
      ]}
      onCancel={onDone}
      onSubmit={async (v) => {
        const problem = await save(() =>
          setTarget({
            variables: {
              input: { personId: person.id, certificationId: (v['certificationId'] as string | null) ?? null },
            },
          }),
        );
        if (!problem) onDone?.();
        return problem;
      }}
    />
  );
}

/** A block's version as the server counts it: the results already recorded for it, all sessions of the person. */
const resultsRecorded = (sessions: Person['examSessions'], blockId: string) =>
  sessions.reduce((n, s) => n + s.results.filter((r) => r.block.id === blockId).length, 0);

function ExamSessionForm({ person, target, onDone }: { person: Person; target: Target; onDone: () => void }) {
  const [recordExamSession] = useMutation(RecordExamSessionDocument, { refetchQueries: 'active' });
  const client = useApolloClient();
  const blocks = [...target.blocks].sort((a, b) => a.position - b.position);
  const blockField = (id: string) => `block-${id}`;
  return (
    <RecordForm
      title={`Nouvelle session d’examen — ${target.title}`}
      submitLabel="Enregistrer la session"
      fields={[
        { name: 'sessionDate', label: 'Date de la session', kind: 'date', required: true },
        { name: 'centre', label: 'Centre d’examen', kind: 'text', required: true, maxLength: 200 },
        ...blocks.map((b) => ({
          name: blockField(b.id),
          label: `${b.code} — ${b.title}`,
          kind: 'select' as const,
          options: RESULT_OPTIONS,
          placeholder: 'Pas de résultat',
        })),
      ]}
      hint={(v: FormValues) => {
        const date = parseFrDate(String(v['sessionDate'] ?? ''));
        const withResults = blocks.some((b) => v[blockField(b.id)]);
        if (date && date > todayInParis())
          return (
            <Text size="sm" mt="sm" c={withResults ? TONE_WARN : 'dimmed'} role="status">
              {withResults
                ? `La session du ${formatIsoDateFr(date)} n’a pas encore eu lieu : enregistrez-la sans résultats pour la programmer.`
                : 'Session à venir : elle est enregistrée sans résultats. Après le jury, ajoutez une session datée du jury avec ses résultats.'}
            </Text>
          );
        return (
          <Text size="sm" mt="sm" c="dimmed">
            Un résultat par bloc présenté ; laissez « Pas de résultat » pour les blocs non présentés.
          </Text>
        );
      }}
      onCancel={onDone}
      onSubmit={async (v) => {
        const results = blocks
          .filter((b) => v[blockField(b.id)])
          .map((b) => ({
            blockId: b.id,
            result: String(v[blockField(b.id)]),
            // Results recorded for the block meanwhile (the same jury entered by someone else) refuse the session.
            version: resultsRecorded(person.examSessions, b.id),
          }));
        const problem = await save(() =>
          recordExamSession({
            variables: {
              input: {
                personId: person.id,
                certificationId: target.id,
                sessionDate: String(v['sessionDate']),
                centre: String(v['centre']),
                results,
              },
            },
          }),
        );
        if (!problem) {
          onDone();
          return null;
        }
        // Refused for results recorded meanwhile: the sessions are read again (the form keeps what was typed).
        if (problem.code === 'CONFLICT') await client.refetchQueries({ include: 'active' });
        // `results.2.blockId` → the select of that block.
        return {
          ...problem,
          fieldErrors: problem.fieldErrors.map((f) => {
            const m = /^results\.(\d+)/.exec(f.field);
            const block = m ? results[Number(m[1])] : undefined;
            return block ? { ...f, field: blockField(block.blockId) } : f;
          }),
        };
      }}
    />
  );
}

/** Tab « Certification »: the target certification and its blocks, the exam sessions and the overall result. */
export function CertificationTab({ personId, canWrite }: PersonTabProps) {
  const { data } = useQuery(PersonCertificationDocument, { variables: { id: personId } });
  const [open, setOpen] = useState<'target' | 'exam' | null>(null);
  const { formRef, returnTo } = useInPlaceFormFocus(open);
  const person = data?.person;
  if (!person || !data) return <Skeleton height={300} role="status" aria-label="Chargement de la certification" />;
  const target = person.targetCertification;
  const close = () => setOpen(null);
  const today = todayInParis();
  const otherCertifications = person.examSessions.some((s) => s.certification.id !== target?.id);

  if (!target)
    return (
      <Stack gap="md">
        <Text size="sm">
          Aucune certification visée pour l’instant. Choisissez-la avec la personne : ses blocs, ses évaluations et ses
          sessions d’examen s’afficheront ici.
        </Text>
        {canWrite ? <TargetForm person={person} certifications={data.certifications} /> : null}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-label="Certification visée">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              {target.title}
            </Title>
            <Text size="sm" c="dimmed">
              {target.rncpCode ? `RNCP ${target.rncpCode.replace(/^RNCP\s*/i, '')}` : 'Hors RNCP'} · niveau{' '}
              {target.level} · {target.certifier}
            </Text>
          </div>
          <Group gap="xs">
            <Text span size="sm" c="dimmed">
              Résultat d’ensemble
            </Text>
            {person.certificationOutcomeLabel ? (
              <Badge
                color={OUTCOME_COLORS[person.certificationOutcome ?? ''] ?? 'gray.9'}
                variant="outline"
                tt="none"
                radius="sm"
                size="lg"
              >
                {person.certificationOutcomeLabel}
              </Badge>
            ) : (
              <Badge color="gray.9" variant="outline" tt="none" radius="sm" size="lg">
                Pas encore de résultat
              </Badge>
            )}
            {canWrite && open !== 'target' ? (
              <Button ref={returnTo('target')} variant="subtle" size="xs" onClick={() => setOpen('target')}>
                Changer de certification
              </Button>
            ) : null}
          </Group>
        </Group>
        {open === 'target' ? (
          <div ref={formRef} style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            <TargetForm person={person} certifications={data.certifications} onDone={close} />
          </div>
        ) : null}
        <Title order={3} size="h5" mt="md" mb="xs">
          Blocs de compétences
        </Title>
        <BlocksTable target={target} sessions={person.examSessions} />
      </Paper>

      <Stack gap="sm" component="section" aria-label="Sessions d’examen">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Sessions d’examen
          </Title>
          {canWrite && open !== 'exam' ? (
            <Button ref={returnTo('exam')} variant="outline" size="xs" onClick={() => setOpen('exam')}>
              Ajouter une session
            </Button>
          ) : null}
        </Group>
        {open === 'exam' ? (
          <div ref={formRef}>
            <ExamSessionForm person={person} target={target} onDone={close} />
          </div>
        ) : null}
        <RecordTable
          caption="Sessions d’examen, la plus récente d’abord"
          columns={[
            'Date',
            'Centre',
            ...(otherCertifications ? ['Certification'] : []),
            'Résultats par bloc',
            'Résultat de la session',
          ]}
          empty="Aucune session d’examen. Ajoutez la session dès qu’elle est programmée, puis les résultats après le jury."
          rows={person.examSessions.map((s) => [
            formatIsoDateFr(s.sessionDate),
            s.centre,
            ...(otherCertifications
              ? [s.certification.id === target.id ? 'Certification visée' : s.certification.title]
              : []),
            s.results.length ? (
              <Stack gap={2} key="r">
                {s.results.map((r) => (
                  <Group gap={6} key={r.block.id} wrap="nowrap">
                    <Text span size="sm" fw={600}>
                      {r.block.code}
                    </Text>
                    <ResultBadge result={r.result} label={r.resultLabel} />
                  </Group>
                ))}
              </Stack>
            ) : (
              <Text span size="sm" c="dimmed" key="r">
                {s.sessionDate > today ? 'Session à venir' : 'Sans résultat'}
              </Text>
            ),
            s.outcomeLabel ?? '—',
          ])}
        />
      </Stack>
    </Stack>
  );
}
