import { TONES } from '@tremplin/web-ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  DYNAMIC_EXIT_CATEGORIES,
  EXIT_CATEGORY_LABELS,
  EXIT_REASONS,
  ExitCategory,
  type ExitReason,
  formatIsoDateFr,
  parseFrDate,
  presenceRuleText,
  type StructureKind,
} from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonExitQuery } from '../../../gql/graphql';
import { RecordForm, RecordSection, type FormValues } from '../../records/components/RecordForm';
import { PersonExitPreviewDocument, RecordExitDocument } from '../graphql/exit.generated';
import { CountedHours, ExitWarnings } from './exit-presence';

/** Text colours that pass AA on white and on striped rows: Mantine's orange.9 and green.9 fall under 4.5:1. */
const WARN = TONES.warning;
const GOOD = 'teal.9';

type Person = PersonExitQuery['person'];
type Exit = NonNullable<Person['exit']>;

const CATEGORY_ORDER = Object.values(ExitCategory);

/** Exit reasons by ASP category, each labelled with its category. */
const REASON_OPTIONS = (Object.entries(EXIT_REASONS) as [ExitReason, (typeof EXIT_REASONS)[ExitReason]][])
  .sort(([, a], [, b]) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category))
  .map(([value, r]) => ({ value, label: `${EXIT_CATEGORY_LABELS[r.category]} — ${r.label}` }));

function categorySentence(category: ExitCategory): string {
  if (DYNAMIC_EXIT_CATEGORIES.includes(category)) return 'elle fait partie des sorties dynamiques';
  if (category === ExitCategory.WITHDRAWN)
    return 'elle est retirée des sorties constatées (ni au numérateur ni au dénominateur du taux)';
  return 'elle ne fait pas partie des sorties dynamiques';
}

/** The minimum-presence rule for the structure kind, in one sentence (never whether the exit counts). */
function presenceRule(kind: StructureKind | null): string {
  return kind ? presenceRuleText(kind) : 'Pas de seuil de présence pour ce type de structure.';
}

/**
 * The live hint of the exit form, from the API (`Person.exitPreview`): what recording the exit on this date would give
 * — whether it counts and why, what would be counted, the refusals and the points to check. Nothing is written.
 */
function ExitPreview({ personId, exitDate, reason }: { personId: string; exitDate: string; reason: string | null }) {
  const { data, previousData, error } = useQuery(PersonExitPreviewDocument, {
    variables: { id: personId, exitDate, reason },
  });
  const preview = (data ?? previousData)?.person.exitPreview;
  if (error && !preview)
    return (
      <Text size="sm" c={WARN}>
        Le calcul de la présence n’a pas pu être fait : {problemOf(error).message}
      </Text>
    );
  if (!preview) return <Skeleton height={40} role="status" aria-label="Calcul de la présence" />;
  const { presence } = preview;
  return (
    <Stack gap={6}>
      {preview.errors.map((e) => (
        <Text key={e.message} size="sm" c="red.9" fw={600}>
          {e.message}
        </Text>
      ))}
      <Text size="sm" c={presence.counts ? GOOD : WARN} fw={600}>
        Sortie le {formatIsoDateFr(presence.exitDate)} : {presence.explanation}
      </Text>
      <ExitWarnings warnings={preview.warnings} />
      <CountedHours presence={presence} title="Ce qui serait compté" />
    </Stack>
  );
}

/** The recorded exit, plain and prominent. */
function ExitSummary({ exit }: { exit: Exit }) {
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label="Sortie"
      style={{ borderLeft: `4px solid var(--mantine-color-${exit.counts ? 'teal-9' : 'orange-9'})` }}
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          Sortie le {formatIsoDateFr(exit.exitDate)}
        </Title>
        <Text size="md" fw={600}>
          {exit.reasonLabel ??
            'Motif non communiqué (donnée sensible, réservée aux chargé·es d’insertion et à la direction)'}
        </Text>
        <Group gap="xs">
          <Badge color="blue.9" variant="outline" tt="none">
            Catégorie ASP : {exit.categoryLabel}
          </Badge>
          <Badge color={exit.counts ? GOOD : WARN} variant="outline" tt="none">
            {exit.counts ? 'Compte dans les résultats' : 'Ne compte pas dans les résultats'}
          </Badge>
        </Group>
        <Text size="sm">{exit.presenceExplanation}</Text>
        <ExitWarnings warnings={exit.warnings} />
        <CountedHours presence={exit.presence} title="Ce qui a été compté" />
        {exit.comment ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            Commentaire : {exit.comment}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Section « Sortie »: the exit once recorded; otherwise the form, with the category and minimum-presence rule live. */
export function ExitSection({
  person,
  personId,
  canWrite,
  structureKind,
}: {
  person: Person;
  personId: string;
  canWrite: boolean;
  structureKind: StructureKind | null;
}) {
  const [recordExit] = useMutation(RecordExitDocument, { refetchQueries: 'active' });
  if (person.exit) return <ExitSummary exit={person.exit} />;

  const hint = (v: FormValues) => {
    const reason = EXIT_REASONS[v['reason'] as ExitReason];
    const iso = parseFrDate(String(v['exitDate'] ?? ''));
    return (
      <Stack gap={4} mt="sm">
        {reason ? (
          <Text size="sm">
            Catégorie ASP : <strong>{EXIT_CATEGORY_LABELS[reason.category]}</strong> —{' '}
            {categorySentence(reason.category)}.
          </Text>
        ) : null}
        {iso ? (
          <ExitPreview personId={personId} exitDate={iso} reason={reason ? String(v['reason']) : null} />
        ) : (
          <Text size="sm" c="dimmed">
            {presenceRule(structureKind)} Saisissez la date de sortie pour voir les heures comptées.
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Enregistrer la sortie fait passer la personne à l’étape « Sortie » à cette date. Une seule sortie par
          parcours.
        </Text>
      </Stack>
    );
  };

  return (
    <RecordSection
      title="Sortie"
      addLabel="Enregistrer la sortie"
      canAdd={canWrite}
      form={(close) => (
        <RecordForm
          title="Sortie du parcours"
          submitLabel="Enregistrer la sortie"
          fields={[
            {
              name: 'exitDate',
              label: 'Date de sortie',
              kind: 'date',
              required: true,
              description:
                'Le dernier jour du parcours (fin du contrat) ; pour une embauche, au plus tôt son premier jour.',
            },
            {
              name: 'reason',
              label: 'Motif de sortie',
              kind: 'select',
              required: true,
              wide: true,
              options: REASON_OPTIONS,
              description: 'Chaque motif appartient à une catégorie ASP, indiquée en tête.',
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          hint={hint}
          onCancel={close}
          onSubmit={async (v) => {
            try {
              await recordExit({
                variables: {
                  input: {
                    personId,
                    exitDate: String(v['exitDate']),
                    reason: String(v['reason']),
                    comment: (v['comment'] as string | null) ?? null,
                  },
                },
              });
              close();
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      )}
    >
      <Text size="sm" c="dimmed">
        {canWrite
          ? 'La sortie n’est pas encore enregistrée. Enregistrez-la au dernier jour du parcours, avec son motif.'
          : 'La sortie n’est pas encore enregistrée.'}
      </Text>
    </RecordSection>
  );
}
