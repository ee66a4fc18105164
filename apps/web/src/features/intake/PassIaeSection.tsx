import { useMutation } from '@apollo/client/react';
import { Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import {
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  countLabel,
  formatIsoDateFr,
  inclusiveDays,
  normalizePassNumber,
  PASS_PROLONGATION_RULES,
  PASS_SUSPENSION_MAX_MONTHS,
  PASS_SUSPENSION_REASONS,
  passEndDate,
  type PassProlongationReason,
  PassStatus,
  parseFrDate,
  type StructureKind,
  suspensionReasonsFor,
  todayInParis,
} from '@tremplin/domain';
import { type ReactNode, useState } from 'react';
import { type FormValues, RecordForm } from '../records/RecordForm';
import { RecordTable } from '../records/RecordTable';
import { ProlongPassIaeDocument, RecordPassIaeDocument, SuspendPassIaeDocument } from './intake.documents';
import { type IntakePerson, saveWith, TONE_OK, TONE_WARN, useInPlaceFormFocus } from './intake-helpers';

type OpenForm = 'record' | 'suspend' | 'prolong' | null;

const STATUS_COLORS: Record<string, string> = {
  [PassStatus.VALID]: TONE_OK,
  [PassStatus.SUSPENDED]: TONE_WARN,
  [PassStatus.EXPIRED]: 'red.9',
  [PassStatus.FUTURE]: 'blue.9',
};

const months = (n: number) => countLabel(n, 'mois', 'mois');

function Hint({ tone, children }: { tone: 'ok' | 'warn' | 'info'; children: ReactNode }) {
  return (
    <Text
      size="sm"
      mt="sm"
      c={tone === 'warn' ? TONE_WARN : tone === 'ok' ? TONE_OK : 'dimmed'}
      role="status"
      aria-live="polite"
    >
      {children}
    </Text>
  );
}

/** « PASS IAE »: number, validity, status, suspensions and prolongations, with the forms that change them. */
export function PassIaeSection({
  person,
  canWrite,
  structureKind,
}: {
  person: IntakePerson;
  canWrite: boolean;
  structureKind: StructureKind;
}) {
  const [open, setOpen] = useState<OpenForm>(null);
  const [recordPass] = useMutation(RecordPassIaeDocument, { refetchQueries: 'active' });
  const [suspendPass] = useMutation(SuspendPassIaeDocument, { refetchQueries: 'active' });
  const [prolongPass] = useMutation(ProlongPassIaeDocument, { refetchQueries: 'active' });
  const pass = person.passIae;
  const close = () => setOpen(null);
  const { formRef, returnTo } = useInPlaceFormFocus(open);
  const today = todayInParis();
  const hireDate = person.employmentContracts.map((c) => c.startDate).sort()[0] ?? null;

  const recordForm = (
    <RecordForm
      key={pass?.version ?? 'new'}
      title={pass ? 'Corriger le PASS IAE' : 'Enregistrer le PASS IAE'}
      submitLabel={pass ? 'Enregistrer la correction' : 'Enregistrer le PASS IAE'}
      initial={pass ? { number: pass.number, startDate: formatIsoDateFr(pass.startDate) } : {}}
      fields={[
        {
          name: 'number',
          label: 'Numéro de PASS IAE',
          kind: 'text',
          required: true,
          maxLength: 20,
          description: '12 caractères, chiffres et lettres (ex. 99999 26 00012)',
        },
        { name: 'startDate', label: 'Début de validité', kind: 'date', required: true },
      ]}
      hint={(v: FormValues) => {
        const number = String(v['number'] ?? '').trim();
        const numberProblem = number ? checkPassNumber(normalizePassNumber(number)) : null;
        const start = parseFrDate(String(v['startDate'] ?? ''));
        return (
          <>
            {numberProblem ? <Hint tone="warn">{numberProblem}</Hint> : null}
            {start ? (
              <Hint tone="info">
                Fin de validité :{' '}
                {formatIsoDateFr(passEndDate(start, pass?.suspensions ?? [], pass?.prolongations ?? []))} (730 jours
                {pass && (pass.suspensions.length || pass.prolongations.length)
                  ? ', suspensions et prolongations comprises'
                  : ''}
                ).
              </Hint>
            ) : null}
          </>
        );
      }}
      onCancel={close}
      onSubmit={async (v) => {
        const problem = await saveWith(() =>
          recordPass({
            variables: {
              input: {
                personId: person.id,
                number: String(v['number']),
                startDate: String(v['startDate']),
                version: pass?.version ?? null,
              },
            },
          }),
        );
        if (!problem) close();
        return problem;
      }}
    />
  );

  if (!pass)
    return (
      <Stack gap="sm" component="section" aria-label="PASS IAE">
        <Group justify="space-between">
          <Title order={2} size="h4">
            PASS IAE
          </Title>
          {canWrite && !open ? (
            <Button ref={returnTo('record')} variant="outline" size="xs" onClick={() => setOpen('record')}>
              Enregistrer le PASS IAE
            </Button>
          ) : null}
        </Group>
        {open === 'record' ? <div ref={formRef}>{recordForm}</div> : null}
        <Text c="dimmed" size="sm">
          Aucun PASS IAE enregistré. Saisissez son numéro et son premier jour de validité dès qu’il est délivré.
        </Text>
      </Stack>
    );

  const suspensionReasons = suspensionReasonsFor(structureKind).map((r) => ({
    value: r,
    label: PASS_SUSPENSION_REASONS[r],
  }));
  const prolongationReasons = (Object.keys(PASS_PROLONGATION_RULES) as PassProlongationReason[])
    .filter(
      (r) =>
        !PASS_PROLONGATION_RULES[r].structureKinds ||
        PASS_PROLONGATION_RULES[r].structureKinds!.includes(structureKind),
    )
    .map((r) => ({
      value: r,
      label: `${PASS_PROLONGATION_RULES[r].label} (${months(PASS_PROLONGATION_RULES[r].maxMonthsPerRequest)} au plus par demande)`,
    }));
  const existingProlongations = pass.prolongations.map((p) => ({
    reason: p.reason as PassProlongationReason,
    months: p.months,
  }));

  return (
    <Stack gap="sm" component="section" aria-label="PASS IAE">
      <Group justify="space-between">
        <Title order={2} size="h4">
          PASS IAE
        </Title>
        {canWrite && !open ? (
          <Group gap="xs">
            <Button ref={returnTo('suspend')} variant="outline" size="xs" onClick={() => setOpen('suspend')}>
              Suspendre
            </Button>
            <Button ref={returnTo('prolong')} variant="outline" size="xs" onClick={() => setOpen('prolong')}>
              Prolonger
            </Button>
            <Button ref={returnTo('record')} variant="subtle" size="xs" onClick={() => setOpen('record')}>
              Corriger le PASS IAE
            </Button>
          </Group>
        ) : null}
      </Group>

      <div ref={formRef}>
        {open === 'record' ? recordForm : null}
        {open === 'suspend' ? (
          <RecordForm
            title="Suspendre le PASS IAE"
            submitLabel="Enregistrer la suspension"
            fields={[
              { name: 'startDate', label: 'Premier jour de la suspension', kind: 'date', required: true },
              {
                name: 'endDate',
                label: 'Dernier jour de la suspension',
                kind: 'date',
                required: true,
                description: `${PASS_SUSPENSION_MAX_MONTHS} mois au plus`,
              },
              {
                name: 'reason',
                label: 'Motif',
                kind: 'select',
                options: suspensionReasons,
                required: true,
                wide: true,
              },
            ]}
            hint={(v: FormValues) => {
              const startDate = parseFrDate(String(v['startDate'] ?? ''));
              const endDate = parseFrDate(String(v['endDate'] ?? ''));
              if (!startDate || !endDate)
                return (
                  <Hint tone="info">La fin du PASS IAE est repoussée d’autant de jours que dure la suspension.</Hint>
                );
              const problem = checkSuspension(
                { startDate, endDate },
                { passStart: pass.startDate, passEnd: pass.endDate, hireDate, existing: pass.suspensions, today },
              );
              if (problem) return <Hint tone="warn">{problem}</Hint>;
              const newEnd = passEndDate(
                pass.startDate,
                [...pass.suspensions, { startDate, endDate }],
                pass.prolongations,
              );
              return (
                <Hint tone="ok">
                  Suspension de {countLabel(inclusiveDays(startDate, endDate), 'jour')} : le PASS IAE ira jusqu’au{' '}
                  {formatIsoDateFr(newEnd)} (au lieu du {formatIsoDateFr(pass.endDate)}).
                </Hint>
              );
            }}
            onCancel={close}
            onSubmit={async (v) => {
              const problem = await saveWith(() =>
                suspendPass({
                  variables: {
                    input: {
                      passId: pass.id,
                      startDate: String(v['startDate']),
                      endDate: String(v['endDate']),
                      reason: String(v['reason']),
                    },
                  },
                }),
              );
              if (!problem) close();
              return problem;
            }}
          />
        ) : null}
        {open === 'prolong' ? (
          <RecordForm
            title="Prolonger le PASS IAE"
            submitLabel="Enregistrer la prolongation"
            fields={[
              {
                name: 'reason',
                label: 'Motif',
                kind: 'select',
                options: prolongationReasons,
                required: true,
                wide: true,
              },
              { name: 'months', label: 'Durée (en mois)', kind: 'integer', required: true, min: 1, max: 120 },
            ]}
            hint={(v: FormValues) => {
              const reason = String(v['reason'] ?? '') as PassProlongationReason | '';
              if (!reason) return <Hint tone="info">Choisissez le motif : la durée maximale dépend de lui.</Hint>;
              const rule = PASS_PROLONGATION_RULES[reason];
              const used = existingProlongations.filter((p) => p.reason === reason).reduce((s, p) => s + p.months, 0);
              const cap = `${months(rule.maxMonthsPerRequest)} au plus par demande${
                rule.maxCumulativeMonths !== null
                  ? ` ; ${months(rule.maxCumulativeMonths)} au plus au total pour ce motif (${used ? `${months(used)} déjà accordé${used > 1 ? 's' : ''}` : 'aucun accordé jusqu’ici'})`
                  : ''
              }.`;
              const text = String(v['months'] ?? '').trim();
              const n = /^\d+$/.test(text) ? Number(text) : null;
              if (n === null) return <Hint tone="info">{cap}</Hint>;
              const problem = checkProlongation(
                { reason, months: n },
                { structureKind, passEnd: pass.endDate, existing: existingProlongations, today },
              );
              if (problem) return <Hint tone="warn">{problem}</Hint>;
              const newEnd = passEndDate(pass.startDate, pass.suspensions, [...pass.prolongations, { months: n }]);
              return (
                <Hint tone="ok">
                  {cap} Le PASS IAE ira jusqu’au {formatIsoDateFr(newEnd)} (au lieu du {formatIsoDateFr(pass.endDate)}).
                </Hint>
              );
            }}
            onCancel={close}
            onSubmit={async (v) => {
              const problem = await saveWith(() =>
                prolongPass({
                  variables: { input: { passId: pass.id, reason: String(v['reason']), months: Number(v['months']) } },
                }),
              );
              if (!problem) close();
              return problem;
            }}
          />
        ) : null}
      </div>

      <DataList size="sm" labelWidth={150}>
        <DataList.Item>
          <DataList.ItemLabel>Numéro</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text span size="sm" ff="monospace">
              {pass.number}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Validité</DataList.ItemLabel>
          <DataList.ItemValue>
            du {formatIsoDateFr(pass.startDate)} au {formatIsoDateFr(pass.endDate)}
            {pass.suspensions.length || pass.prolongations.length ? (
              <Text span size="xs" c="dimmed">
                {' '}
                (suspensions et prolongations comprises)
              </Text>
            ) : null}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Statut</DataList.ItemLabel>
          <DataList.ItemValue>
            <Badge color={STATUS_COLORS[pass.status] ?? 'gray.9'} variant="outline" tt="none" radius="sm">
              {pass.statusLabel}
            </Badge>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>

      {pass.suspensions.length || pass.prolongations.length ? (
        <>
          <Title order={3} size="h5">
            Suspensions
          </Title>
          <RecordTable
            caption="Suspensions du PASS IAE, par date de début"
            columns={['Du', 'Au', 'Durée', 'Motif']}
            empty="Aucune suspension."
            rows={pass.suspensions.map((s) => [
              formatIsoDateFr(s.startDate),
              formatIsoDateFr(s.endDate),
              countLabel(inclusiveDays(s.startDate, s.endDate), 'jour'),
              s.reasonLabel,
            ])}
          />
          <Title order={3} size="h5">
            Prolongations
          </Title>
          <RecordTable
            caption="Prolongations du PASS IAE, dans l’ordre des demandes"
            columns={['Demandée le', 'Durée', 'Motif']}
            empty="Aucune prolongation."
            rows={pass.prolongations.map((p) => [formatIsoDateFr(p.requestedOn), months(p.months), p.reasonLabel])}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          Ni suspension ni prolongation.
        </Text>
      )}
    </Stack>
  );
}
