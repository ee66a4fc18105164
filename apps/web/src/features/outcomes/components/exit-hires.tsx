import { TONES } from '@tremplin/web-ui';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import {
  addDays,
  addMonths,
  formatIsoDateFr,
  formatMinutes,
  HIRE_CONTRACT_TYPE_LABELS,
  HireContractType,
  RETENTION_CHECK_MONTHS,
  RETENTION_NOTICE_DAYS,
  todayInParis,
} from '@tremplin/domain';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import type { PersonExitQuery } from '../../../gql/graphql';
import { RecordForm, RecordSection, type FormValues } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { RecordHireDocument, RecordRetentionCheckDocument } from '../graphql/exit.generated';

/** Text colours that pass AA on white and on striped rows: Mantine's orange.9 and green.9 fall under 4.5:1. */
const WARN = TONES.warning;
const GOOD = 'teal.9';

type Data = PersonExitQuery;
type Hire = Data['person']['hires'][number];

/** « Suivi à 6 mois prévu le 12/05/2027 », in orange once it can be recorded, with the delay once past. */
function NextCheck({ next, today }: { next: NonNullable<Hire['nextRetentionCheck']>; today: string }) {
  const text = `Suivi à ${next.monthsAfter} mois prévu le ${formatIsoDateFr(next.dueOn)}`;
  if (next.dueOn < today)
    return (
      <Text size="sm" c="red.9" fw={600}>
        {text} : en retard, à faire maintenant.
      </Text>
    );
  if (addDays(next.dueOn, -RETENTION_NOTICE_DAYS) <= today)
    return (
      <Text size="sm" c={WARN} fw={600}>
        {text} : à faire.
      </Text>
    );
  return <Text size="sm">{text}</Text>;
}

function ChecksCell({ hire, today }: { hire: Hire; today: string }) {
  return (
    <Stack gap={2}>
      {hire.retentionChecks.map((c) => (
        <Text key={c.id} size="sm">
          {c.monthsAfter} mois, le {formatIsoDateFr(c.checkedOn)} :{' '}
          <Text span size="sm" fw={600} c={c.stillEmployed ? GOOD : 'red.9'}>
            {c.stillEmployed ? 'toujours en poste' : 'plus en poste'}
          </Text>
          {c.comment ? ` — ${c.comment}` : ''}
        </Text>
      ))}
      {hire.nextRetentionCheck ? (
        <NextCheck next={hire.nextRetentionCheck} today={today} />
      ) : (
        <Text size="sm" c="dimmed">
          Suivis à 6 et 12 mois faits.
        </Text>
      )}
    </Stack>
  );
}

/** Section « Embauches »: the jobs found, their 6- and 12-month checks, and the forms to record them. */
export function HiresSection({ data, personId, canWrite }: { data: Data; personId: string; canWrite: boolean }) {
  const [recordHire] = useMutation(RecordHireDocument, { refetchQueries: 'active' });
  const [recordCheck] = useMutation(RecordRetentionCheckDocument, { refetchQueries: 'active' });
  const [checking, setChecking] = useState<Hire | null>(null);
  const { person, partnerOrganisations } = data;
  const today = todayInParis();
  const withAction = canWrite && person.hires.some((h) => h.nextRetentionCheck);

  const hireHint = (v: FormValues) =>
    !v['employerOrganisationId'] && !String(v['employerName']).trim() ? (
      <Text size="sm" c="dimmed" mt="sm">
        Choisissez l’employeur dans la liste des partenaires, ou saisissez son nom.
      </Text>
    ) : null;

  const checkHint = (hire: Hire) => (v: FormValues) => {
    const months = Number(v['monthsAfter']);
    if (!(RETENTION_CHECK_MONTHS as readonly number[]).includes(months)) return null;
    const due = addMonths(hire.startDate, months);
    return (
      <Text size="sm" c="dimmed" mt="sm">
        Embauche du {formatIsoDateFr(hire.startDate)} : le suivi à {months} mois est dû le {formatIsoDateFr(due)} et
        peut être enregistré à partir du {formatIsoDateFr(addDays(due, -RETENTION_NOTICE_DAYS))} (
        {RETENTION_NOTICE_DAYS} jours avant), une fois fait.
      </Text>
    );
  };

  return (
    <RecordSection
      title="Embauches"
      addLabel="Enregistrer une embauche"
      canAdd={canWrite}
      form={(close) => (
        <RecordForm
          title="Embauche"
          submitLabel="Enregistrer l’embauche"
          initial={{ weeklyMinutes: '35' }}
          fields={[
            {
              name: 'employerOrganisationId',
              label: 'Employeur partenaire',
              kind: 'select',
              options: partnerOrganisations.map((o) => ({
                value: o.id,
                label: o.city ? `${o.name} (${o.city})` : o.name,
              })),
              placeholder: 'Pas dans la liste',
            },
            {
              name: 'employerName',
              label: 'Nom de l’employeur',
              kind: 'text',
              maxLength: 200,
              description: 'Si l’employeur n’est pas un partenaire ; sinon, le nom du partenaire choisi.',
            },
            {
              name: 'contractType',
              label: 'Type de contrat',
              kind: 'select',
              required: true,
              options: Object.values(HireContractType).map((c) => ({ value: c, label: HIRE_CONTRACT_TYPE_LABELS[c] })),
            },
            { name: 'startDate', label: 'Début du contrat', kind: 'date', required: true },
            {
              name: 'weeklyMinutes',
              label: 'Durée hebdomadaire',
              kind: 'hours',
              required: true,
              description: '48 h au plus.',
            },
            {
              name: 'jobTitle',
              label: 'Poste',
              kind: 'text',
              maxLength: 200,
              description: 'Par exemple « Agent·e d’entretien ».',
            },
          ]}
          hint={hireHint}
          onCancel={close}
          onSubmit={async (v) => {
            try {
              await recordHire({
                variables: {
                  input: {
                    personId,
                    employerOrganisationId: (v['employerOrganisationId'] as string | null) ?? null,
                    employerName: (v['employerName'] as string | null) ?? null,
                    contractType: String(v['contractType']),
                    startDate: String(v['startDate']),
                    weeklyMinutes: Number(v['weeklyMinutes']),
                    jobTitle: (v['jobTitle'] as string | null) ?? null,
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
      {checking ? (
        <RecordForm
          key={checking.id}
          title={`Suivi de l’embauche chez ${checking.employerName} (${checking.contractTypeLabel} du ${formatIsoDateFr(checking.startDate)})`}
          submitLabel="Enregistrer le suivi"
          initial={{
            monthsAfter: String(checking.nextRetentionCheck?.monthsAfter ?? ''),
            checkedOn: formatIsoDateFr(today),
          }}
          fields={[
            {
              name: 'monthsAfter',
              label: 'Échéance',
              kind: 'select',
              required: true,
              options: RETENTION_CHECK_MONTHS.map((m) => ({ value: String(m), label: `${m} mois après l’embauche` })),
            },
            { name: 'checkedOn', label: 'Date du suivi', kind: 'date', required: true },
            {
              name: 'stillEmployed',
              label: 'Toujours en poste ?',
              kind: 'select',
              required: true,
              options: [
                { value: 'yes', label: 'Oui, toujours en poste' },
                { value: 'no', label: 'Non, plus en poste' },
              ],
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          hint={checkHint(checking)}
          onCancel={() => setChecking(null)}
          onSubmit={async (v) => {
            try {
              await recordCheck({
                variables: {
                  input: {
                    hireId: checking.id,
                    monthsAfter: Number(v['monthsAfter']),
                    checkedOn: String(v['checkedOn']),
                    stillEmployed: v['stillEmployed'] === 'yes',
                    comment: (v['comment'] as string | null) ?? null,
                  },
                },
              });
              setChecking(null);
              return null;
            } catch (e) {
              return problemOf(e);
            }
          }}
        />
      ) : null}
      <RecordTable
        caption="Embauches, la plus récente d’abord, avec les suivis à 6 et 12 mois"
        columns={[
          'Employeur',
          'Contrat',
          'Début',
          'Durée hebdo.',
          'Poste',
          'Suivis à 6 et 12 mois',
          ...(withAction ? ['Action'] : []),
        ]}
        empty={
          canWrite
            ? 'Aucune embauche : enregistrez le contrat signé dès que la personne a trouvé un emploi.'
            : 'Aucune embauche.'
        }
        rows={person.hires.map((h) => [
          <Text key="employer" size="sm" fw={500}>
            {h.employerName}
          </Text>,
          h.contractTypeLabel,
          formatIsoDateFr(h.startDate),
          `${formatMinutes(h.weeklyMinutes)} / semaine`,
          h.jobTitle ?? '—',
          <ChecksCell key="checks" hire={h} today={today} />,
          ...(withAction
            ? [
                h.nextRetentionCheck ? (
                  <Button
                    key="check"
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setChecking(h)}
                    aria-label={`Enregistrer le suivi à ${h.nextRetentionCheck.monthsAfter} mois de l’embauche chez ${h.employerName}`}
                  >
                    Suivi à {h.nextRetentionCheck.monthsAfter} mois
                  </Button>
                ) : (
                  ''
                ),
              ]
            : []),
        ])}
      />
    </RecordSection>
  );
}
