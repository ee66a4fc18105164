import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  formatCents,
  formatIsoDateFr,
  formatMinutes,
  FundingSourceKind,
  minutesCostCents,
  Permission,
  todayInParis,
} from '@tremplin/domain';
import { useState } from 'react';
import { can, useCurrentUser } from '../../../app/auth';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import { CounsellorsDocument } from '../../persons/graphql/persons.generated';
import { RecordForm, type SubmitValues } from '../../records/components/RecordForm';
import { RecordExpenseDocument, RecordStaffTimeDocument } from '../graphql/allocation.generated';
import { parseEurosToCents } from '@tremplin/domain';
import { type ChosenPerson, PersonChooser, personName } from './PersonChooser';

/** A refusal shaped like the server's, for an amount typed in euros that cannot be read. */
function moneyProblem(field: string, example: string): ApiProblem {
  return {
    code: 'BAD_USER_INPUT',
    message: '',
    fieldErrors: [{ field, message: `Saisissez un montant en euros, deux décimales au plus, par exemple ${example}.` }],
  };
}

function readMoney(v: SubmitValues, field: string): number | null {
  const text = (v[field] as string | null) ?? '';
  return text ? parseEurosToCents(text) : null;
}

/**
 * « Temps et dépenses »: record counsellors' time (temps d’accompagnement, valued at a loaded hourly cost) and expenses,
 * so that they can be allocated to agreements. A saved line says what it is and offers to allocate it.
 */
export function SourcesEntry({ onAllocate }: { onAllocate: (kind: FundingSourceKind) => void }) {
  const user = useCurrentUser();
  const staff = useQuery(CounsellorsDocument, { skip: !can(user, Permission.STAFF_READ) });
  const [recordStaffTime] = useMutation(RecordStaffTimeDocument, { refetchQueries: 'active' });
  const [recordExpense] = useMutation(RecordExpenseDocument, { refetchQueries: 'active' });
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [saved, setSaved] = useState<{ kind: FundingSourceKind; text: string } | null>(null);
  const today = formatIsoDateFr(todayInParis());
  const staffOptions = (staff.data?.counsellors ?? [])
    .filter((c) => c.id !== user.id)
    .map((c) => ({ value: c.id, label: c.fullName }));

  return (
    <Stack gap="md">
      {saved ? (
        <Alert color="green" variant="light" role="status">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{saved.text}</Text>
            <Button size="xs" variant="outline" onClick={() => onAllocate(saved.kind)}>
              Imputer maintenant
            </Button>
          </Group>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <RecordForm
          title="Temps d’accompagnement"
          submitLabel="Enregistrer le temps"
          initial={{ workedOn: today }}
          fields={[
            {
              name: 'userId',
              label: 'Qui',
              kind: 'select',
              options: staffOptions,
              placeholder: `Moi-même (${user.fullName})`,
            },
            { name: 'workedOn', label: 'Date', kind: 'date', required: true },
            {
              name: 'minutes',
              label: 'Durée',
              kind: 'hours',
              required: true,
              description: 'Par exemple 1 h 30.',
            },
            {
              name: 'hourlyCostCents',
              label: 'Coût horaire chargé (€/h)',
              kind: 'text',
              required: true,
              maxLength: 12,
              description: 'Salaire et charges d’une heure, par exemple 32,50.',
            },
            {
              name: 'description',
              label: 'Objet',
              kind: 'text',
              required: true,
              maxLength: 300,
              wide: true,
              description: 'Par exemple « Entretien de suivi » ou « Préparation du comité de pilotage ».',
            },
          ]}
          onSubmit={async (v) => {
            const cost = readMoney(v, 'hourlyCostCents');
            if (cost === null) return moneyProblem('hourlyCostCents', '32,50');
            try {
              const { data } = await recordStaffTime({
                variables: {
                  input: {
                    userId: (v['userId'] as string | null) ?? undefined,
                    personId: person?.id ?? null,
                    workedOn: String(v['workedOn']),
                    minutes: Number(v['minutes']),
                    hourlyCostCents: cost,
                    description: String(v['description']),
                  },
                },
              });
              const line = data?.recordStaffTime;
              setSaved({
                kind: FundingSourceKind.STAFF_TIME,
                text: `Temps enregistré : ${formatMinutes(Number(v['minutes']))} le ${formatIsoDateFr(String(v['workedOn']))}${person ? ` pour ${personName(person)}` : ''} (${line?.label ?? String(v['description'])}), soit ${formatCents(minutesCostCents(Number(v['minutes']), cost))}. Il peut être imputé à une convention.`,
              });
              setPerson(null);
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        >
          <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            <PersonChooser
              label="Personne accompagnée (facultatif)"
              description="Si le temps a été passé pour une personne : tapez deux lettres de son nom, puis Entrée."
              chosen={person}
              onChoose={setPerson}
            />
          </div>
        </RecordForm>

        <RecordForm
          title="Dépense"
          submitLabel="Enregistrer la dépense"
          initial={{ incurredOn: today }}
          fields={[
            { name: 'incurredOn', label: 'Date', kind: 'date', required: true },
            {
              name: 'amountCents',
              label: 'Montant (€)',
              kind: 'text',
              required: true,
              maxLength: 16,
              description: 'Montant éligible, par exemple 1 250,00.',
            },
            {
              name: 'label',
              label: 'Libellé',
              kind: 'text',
              required: true,
              maxLength: 300,
              wide: true,
              description: 'Par exemple « Location de salle — session de mars ».',
            },
            {
              name: 'proofReference',
              label: 'Référence du justificatif (facultatif)',
              kind: 'text',
              maxLength: 100,
              description: 'Numéro de facture ou de pièce comptable.',
            },
          ]}
          onSubmit={async (v) => {
            const amount = readMoney(v, 'amountCents');
            if (amount === null) return moneyProblem('amountCents', '1 250,00');
            try {
              const { data } = await recordExpense({
                variables: {
                  input: {
                    incurredOn: String(v['incurredOn']),
                    label: String(v['label']),
                    amountCents: amount,
                    proofReference: (v['proofReference'] as string | null) ?? null,
                  },
                },
              });
              setSaved({
                kind: FundingSourceKind.EXPENSE,
                text: `Dépense enregistrée : ${data?.recordExpense.label ?? String(v['label'])}, ${formatCents(amount)} le ${formatIsoDateFr(String(v['incurredOn']))}. Elle peut être imputée à une convention.`,
              });
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}
