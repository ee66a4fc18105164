import { TONES } from '@tremplin/web-ui';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { formatIsoDateFr, SKILL_LEVEL_LABELS, SkillLevel, todayInParis } from '@tremplin/domain';
import { Link } from 'react-router';
import { changedLinesOf, problemOf } from '../../../app/graphql-errors';
import type { PersonTutoringQuery } from '../../../gql/graphql';
import { RecordForm, RecordSection, type FormValues } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { RecordSkillsEvaluationDocument } from '../graphql/tutoring.generated';

/** Text colours that pass AA on white and on striped rows: Mantine's orange.9 and green.9 fall under 4.5:1. */
const WARN = TONES.warning;
const GOOD = 'teal.9';

type Person = PersonTutoringQuery['person'];
type Progress = Person['skillsProgress'][number];

const LEVEL_COLOURS: Record<string, string> = {
  [SkillLevel.ACQUIRED]: GOOD,
  [SkillLevel.PROGRESSING]: 'blue.9',
  [SkillLevel.BEGINNING]: WARN,
  [SkillLevel.NOT_STARTED]: 'gray.7',
};

export function LevelBadge({ level, label }: { level: string; label: string }) {
  return (
    <Badge
      color={LEVEL_COLOURS[level] ?? 'gray.7'}
      variant="outline"
      size="sm"
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {label}
    </Badge>
  );
}

/** « Débutant (12/03) → En progression (20/05) »; with the year when the history spans more than one. */
export function historySequence(history: Progress['history']): string {
  if (!history.length) return 'Pas encore évalué';
  const years = new Set(history.map((h) => h.evaluatedOn.slice(0, 4)));
  const date = (iso: string) => (years.size > 1 ? formatIsoDateFr(iso) : formatIsoDateFr(iso).slice(0, 5));
  return history.map((h) => `${h.levelLabel} (${date(h.evaluatedOn)})`).join(' → ');
}

/** Section « Progression par bloc »: the latest level on each block of the target certification, and an evaluation form. */
export function SkillsSection({ person, personId, canWrite }: { person: Person; personId: string; canWrite: boolean }) {
  const [record] = useMutation(RecordSkillsEvaluationDocument, { refetchQueries: 'active' });
  const client = useApolloClient();
  const target = person.targetCertification;
  const progress = person.skillsProgress;
  const acquired = progress.filter((p) => p.level === SkillLevel.ACQUIRED).length;

  if (!target)
    return (
      <Stack gap="sm" component="section" aria-label="Progression par bloc">
        <Title order={2} size="h4">
          Progression par bloc
        </Title>
        <Text size="sm" c="dimmed">
          Aucune certification visée : choisissez-la dans l’onglet{' '}
          <Anchor component={Link} to="?onglet=certification" size="sm">
            « Certification »
          </Anchor>{' '}
          pour suivre la progression bloc par bloc.
        </Text>
      </Stack>
    );

  const hint = (v: FormValues) => {
    const current = progress.find((p) => p.block.id === v['blockId']);
    if (!current) return null;
    return (
      <Text size="sm" c="dimmed" mt="sm">
        Niveau actuel sur {current.block.code} : {current.levelLabel}
        {current.evaluatedOn
          ? ` (évalué le ${formatIsoDateFr(current.evaluatedOn)} par ${current.history[current.history.length - 1]?.evaluatorName ?? '—'})`
          : ''}
        .
      </Text>
    );
  };

  return (
    <RecordSection
      title="Progression par bloc"
      addLabel="Enregistrer une évaluation"
      canAdd={canWrite && progress.length > 0}
      form={(close) => (
        <RecordForm
          title="Évaluation des compétences"
          submitLabel="Enregistrer l’évaluation"
          initial={{ evaluatedOn: formatIsoDateFr(todayInParis()) }}
          fields={[
            {
              name: 'blockId',
              label: 'Bloc de compétences',
              kind: 'select',
              required: true,
              wide: true,
              options: progress.map((p) => ({ value: p.block.id, label: `${p.block.code} — ${p.block.title}` })),
            },
            {
              name: 'level',
              label: 'Niveau atteint',
              kind: 'select',
              required: true,
              options: Object.values(SkillLevel).map((l) => ({ value: l, label: SKILL_LEVEL_LABELS[l] })),
            },
            { name: 'evaluatedOn', label: 'Date de l’évaluation', kind: 'date', required: true },
            {
              name: 'evaluatorName',
              label: 'Évalué par',
              kind: 'text',
              required: true,
              maxLength: 200,
              description: 'Tuteur·rice, formateur·rice ou chargé·e d’insertion.',
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          hint={hint}
          onCancel={close}
          onSubmit={async (v) => {
            try {
              await record({
                variables: {
                  input: {
                    personId,
                    blockId: String(v['blockId']),
                    level: String(v['level']),
                    evaluatedOn: String(v['evaluatedOn']),
                    evaluatorName: String(v['evaluatorName']),
                    comment: (v['comment'] as string | null) ?? null,
                    // The block as shown: evaluated by someone else meanwhile, the evaluation is refused.
                    version: progress.find((p) => p.block.id === v['blockId'])?.version ?? 0,
                  },
                },
              });
              close();
              return null;
            } catch (e) {
              // The form keeps what was typed; the file is read again, so that the hint shows the current level and
              // saving again is based on it.
              if (changedLinesOf(e).length) await client.refetchQueries({ include: 'active' });
              return problemOf(e);
            }
          }}
        />
      )}
    >
      <Text size="sm">
        Certification visée : <strong>{target.title}</strong> — {acquired} bloc{acquired > 1 ? 's' : ''} acquis sur{' '}
        {progress.length}.
      </Text>
      <RecordTable
        caption={`Progression par bloc de la certification « ${target.title} »`}
        columns={['Bloc', 'Intitulé', 'Niveau actuel', 'Dernière évaluation', 'Historique']}
        empty="Cette certification n’a pas de blocs enregistrés."
        rows={progress.map((p) => [
          <Text key="code" size="sm" fw={600}>
            {p.block.code}
          </Text>,
          p.block.title,
          <LevelBadge key="level" level={p.level} label={p.levelLabel} />,
          p.evaluatedOn ? formatIsoDateFr(p.evaluatedOn) : '—',
          <Text key="history" size="xs" c={p.history.length ? undefined : 'dimmed'}>
            {historySequence(p.history)}
          </Text>,
        ])}
      />
    </RecordSection>
  );
}
