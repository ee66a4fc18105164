import { useMutation } from '@apollo/client/react';
import { formatIsoDateFr, PATHWAY_EVENT_KIND_LABELS, type PathwayEventKind, todayInParis } from '@tremplin/domain';
import { problemOf } from '../../../app/graphql-errors';
import { type FieldSpec, RecordForm } from '../../records/components/RecordForm';
import { RecordPathwayEventDocument } from '../graphql/events.generated';

/**
 * The form of a dated pathway event (interview, evaluation, tutor meeting, simulation, case note), shared by the tabs
 * that list them. `confidential`: the checkbox and what it explains, when the kind of note may hold sensitive matters.
 */
export function PathwayEventForm({
  personId,
  kinds,
  title,
  titleExample,
  notesLabel = 'Notes',
  confidential,
  onDone,
}: {
  personId: string;
  kinds: PathwayEventKind[];
  title: string;
  titleExample: string;
  notesLabel?: string;
  confidential?: { label: string; description: string };
  onDone: () => void;
}) {
  const [record] = useMutation(RecordPathwayEventDocument, { refetchQueries: 'active' });
  const fields: FieldSpec[] = [
    {
      name: 'kind',
      label: 'Type',
      kind: 'select',
      required: true,
      options: kinds.map((k) => ({ value: k, label: PATHWAY_EVENT_KIND_LABELS[k] })),
    },
    { name: 'occurredOn', label: 'Date', kind: 'date', required: true },
    {
      name: 'title',
      label: 'Intitulé',
      kind: 'text',
      required: true,
      maxLength: 200,
      wide: true,
      description: `Par exemple ${titleExample}.`,
    },
    { name: 'notes', label: notesLabel, kind: 'textarea' },
    ...(confidential
      ? [
          {
            name: 'confidential',
            label: confidential.label,
            kind: 'checkbox' as const,
            description: confidential.description,
          },
        ]
      : []),
  ];
  return (
    <RecordForm
      title={title}
      submitLabel="Enregistrer"
      onCancel={onDone}
      initial={{ kind: kinds[0], occurredOn: formatIsoDateFr(todayInParis()) }}
      fields={fields}
      onSubmit={async (v) => {
        try {
          await record({
            variables: {
              input: {
                personId,
                kind: String(v['kind']),
                occurredOn: String(v['occurredOn']),
                title: String(v['title']),
                notes: (v['notes'] as string | null) ?? null,
                confidential: Boolean(v['confidential']),
              },
            },
          });
          onDone();
          return null;
        } catch (e) {
          return problemOf(e);
        }
      }}
    />
  );
}
