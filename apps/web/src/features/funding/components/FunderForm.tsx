import { useMutation } from '@apollo/client/react';
import { DEFAULT_OPCO_HOURLY_RATE_CENTS, FUNDER_KIND_LABELS, FunderKind } from '@tremplin/domain';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import { type FieldSpec, RecordForm, type SubmitValues } from '../../records/components/RecordForm';
import { CreateFunderDocument, UpdateFunderDocument } from '../graphql/funding.generated';
import { centsToEurosInput, formatHourlyRate, parseEurosToCents } from '@tremplin/domain';

export const FUNDER_KIND_OPTIONS = Object.values(FunderKind).map((k) => ({ value: k, label: FUNDER_KIND_LABELS[k] }));

/** A funder as the forms edit it. */
export interface EditedFunder {
  id: string;
  version: number;
  kind: string;
  name: string;
  hourlyRateCents?: number | null;
  contactEmail?: string | null;
}

const FIELDS: FieldSpec[] = [
  { name: 'kind', label: 'Type de financeur', kind: 'select', required: true, options: FUNDER_KIND_OPTIONS },
  {
    name: 'name',
    label: 'Nom',
    kind: 'text',
    required: true,
    maxLength: 200,
    description: 'Tel qu’il figure sur les conventions, par exemple « OPCO Akto » ou « DDETS de Seine-Maritime ».',
  },
  {
    name: 'hourlyRateCents',
    label: 'Forfait horaire (€/h, facultatif)',
    kind: 'text',
    maxLength: 12,
    description: `Pour un OPCO : prise en charge d’une heure de formation en contrat de professionnalisation (${formatHourlyRate(DEFAULT_OPCO_HOURLY_RATE_CENTS)} par défaut).`,
  },
  { name: 'contactEmail', label: 'Adresse e-mail de contact (facultatif)', kind: 'text', maxLength: 200 },
];

/** Reads the rate typed in euros; a refusal shaped like the server's, so that it shows next to its field. */
function readRate(v: SubmitValues): { cents: number | null; problem: ApiProblem | null } {
  const text = (v['hourlyRateCents'] as string | null) ?? '';
  if (!text) return { cents: null, problem: null };
  const cents = parseEurosToCents(text);
  if (cents === null)
    return {
      cents: null,
      problem: {
        code: 'BAD_USER_INPUT',
        message: '',
        fieldErrors: [
          {
            field: 'hourlyRateCents',
            message: 'Saisissez un montant en euros avec deux décimales au plus, par exemple 9,15.',
          },
        ],
      },
    };
  return { cents, problem: null };
}

/** « Nouveau financeur » or « Modifier le financeur » (with its version: a concurrent change is refused, not lost). */
export function FunderForm({
  funder,
  onDone,
  onCancel,
}: {
  funder?: EditedFunder;
  onDone: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const [create] = useMutation(CreateFunderDocument, { refetchQueries: 'active' });
  const [update] = useMutation(UpdateFunderDocument, { refetchQueries: 'active' });
  return (
    <RecordForm
      title={funder ? `Modifier le financeur ${funder.name}` : 'Nouveau financeur'}
      submitLabel={funder ? 'Enregistrer le financeur' : 'Créer le financeur'}
      fields={FIELDS}
      initial={
        funder
          ? {
              kind: funder.kind,
              name: funder.name,
              hourlyRateCents: centsToEurosInput(funder.hourlyRateCents),
              contactEmail: funder.contactEmail ?? '',
            }
          : {}
      }
      onCancel={onCancel}
      onSubmit={async (v) => {
        const rate = readRate(v);
        if (rate.problem) return rate.problem;
        const fields = {
          kind: String(v['kind']),
          name: String(v['name']),
          hourlyRateCents: rate.cents,
          contactEmail: (v['contactEmail'] as string | null) ?? null,
        };
        try {
          if (funder) {
            const { data } = await update({
              variables: { input: { id: funder.id, version: funder.version, ...fields } },
            });
            onDone({ id: funder.id, name: data?.updateFunder.name ?? fields.name });
          } else {
            const { data } = await create({ variables: { input: fields } });
            onDone({ id: data?.createFunder.id ?? '', name: data?.createFunder.name ?? fields.name });
          }
          return null;
        } catch (e) {
          return problemOf(e);
        }
      }}
    />
  );
}
