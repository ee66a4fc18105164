import { useMutation } from '@apollo/client/react';
import { Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import {
  addDays,
  checkOfficialEndDate,
  checkPassNumber,
  checkProlongation,
  checkSuspension,
  countLabel,
  effectivePassEndDate,
  formatIsoDateFr,
  normalizePassNumber,
  PASS_PROLONGATION_RULES,
  PASS_SUSPENSION_MAX_MONTHS,
  PASS_SUSPENSION_REASONS,
  passEndDate,
  type PassProlongationReason,
  passShiftDays,
  PassStatus,
  parseFrDate,
  prolongationDaysUsed,
  prolongationMaxEndDate,
  SIAE_KINDS,
  type StructureKind,
  suspensionReasonsFor,
  todayInParis,
} from '@tremplin/domain';
import { type ReactNode, useState } from 'react';
import { type FormValues, RecordForm } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { ProlongPassIaeDocument, RecordPassIaeDocument, SuspendPassIaeDocument } from '../graphql/intake.generated';
import { type IntakePerson, saveWith, TONE_OK, TONE_WARN } from '../intake-helpers';
import { useInPlaceFormFocus } from '../hooks/useInPlaceFormFocus';

type OpenForm = 'record' | 'new' | 'suspend' | 'prolong' | null;

const STATUS_COLORS: Record<string, string> = {
  [PassStatus.VALID]: TONE_OK,
  [PassStatus.SUSPENDED]: TONE_WARN,
  [PassStatus.EXPIRED]: 'red.9',
  [PassStatus.FUTURE]: 'blue.9',
};

const days = (n: number) => countLabel(n, 'jour');

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
  // The earliest suspension start is counted from the latest hire (docs/domain/pass-iae.md § Suspension).
  const latestHireDate =
    person.employmentContracts
      .map((c) => c.startDate)
      .sort()
      .pop() ?? null;
  const correcting = open === 'record' && pass !== null;

  const recordForm = (
    <RecordForm
      key={correcting ? pass.version : 'new'}
      title={correcting ? 'Corriger le PASS IAE' : pass ? 'Enregistrer un nouveau PASS IAE' : 'Enregistrer le PASS IAE'}
      submitLabel={correcting ? 'Enregistrer la correction' : 'Enregistrer le PASS IAE'}
      initial={
        correcting
          ? {
              number: pass.number,
              startDate: formatIsoDateFr(pass.startDate),
              officialEndDate: pass.officialEndDate ? formatIsoDateFr(pass.officialEndDate) : '',
            }
          : {}
      }
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
        {
          name: 'officialEndDate',
          label: 'Date de fin officielle (facultative)',
          kind: 'date',
          description:
            'À recopier des emplois de l’inclusion seulement si la date de fin qui y est affichée diffère de la date calculée : elle prime.',
        },
      ]}
      hint={(v: FormValues) => {
        const number = String(v['number'] ?? '').trim();
        const numberProblem = number ? checkPassNumber(normalizePassNumber(number)) : null;
        const start = parseFrDate(String(v['startDate'] ?? ''));
        const official = parseFrDate(String(v['officialEndDate'] ?? ''));
        const changes = correcting && (pass.suspensions.length || pass.prolongations.length);
        const computed = start
          ? passEndDate(start, correcting ? pass.suspensions : [], correcting ? pass.prolongations : [])
          : null;
        const officialProblem = start && official ? checkOfficialEndDate(official, start) : null;
        const waiting =
          pass && !correcting && today <= pass.waitingPeriodEndsOn && SIAE_KINDS.includes(structureKind)
            ? `Le PASS IAE précédent a pris fin le ${formatIsoDateFr(pass.endDate)} : jusqu’au ${formatIsoDateFr(pass.waitingPeriodEndsOn)} (période de carence), un nouveau PASS IAE n’est possible que sur le diagnostic d’un prescripteur habilité en cours de validité.`
            : null;
        return (
          <>
            {waiting ? <Hint tone="warn">{waiting}</Hint> : null}
            {numberProblem ? <Hint tone="warn">{numberProblem}</Hint> : null}
            {officialProblem ? <Hint tone="warn">{officialProblem.message}</Hint> : null}
            {computed ? (
              <Hint tone="info">
                Fin de validité calculée : {formatIsoDateFr(computed)} (730 jours
                {changes ? ', suspensions et prolongations comprises' : ''})
                {official && !officialProblem ? ` ; la date officielle du ${formatIsoDateFr(official)} primera.` : '.'}
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
                officialEndDate: v['officialEndDate'] === null ? null : String(v['officialEndDate']),
                version: correcting ? pass.version : null,
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
      label: `${PASS_PROLONGATION_RULES[r].label} (${days(PASS_PROLONGATION_RULES[r].maxDaysPerRequest)} au plus par demande)`,
    }));
  const usedDays = prolongationDaysUsed(pass.prolongations);

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
            {pass.status === PassStatus.EXPIRED ? (
              <Button ref={returnTo('new')} variant="outline" size="xs" onClick={() => setOpen('new')}>
                Enregistrer un nouveau PASS IAE
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>

      <div ref={formRef}>
        {open === 'record' || open === 'new' ? recordForm : null}
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
                  <Hint tone="info">
                    La fin du PASS IAE est repoussée du nombre de jours entre le premier et le dernier jour de la
                    suspension.
                  </Hint>
                );
              const problem = checkSuspension(
                { startDate, endDate },
                {
                  passStart: pass.startDate,
                  passEnd: pass.endDate,
                  latestHireDate,
                  existing: pass.suspensions,
                  today,
                },
              );
              if (problem) return <Hint tone="warn">{problem.message}</Hint>;
              const shift = passShiftDays({ startDate, endDate });
              const newEnd = pass.officialEndDate ? addDays(pass.officialEndDate, shift) : null;
              return (
                <Hint tone="ok">
                  La fin du PASS IAE est repoussée de {days(shift)} (jours entre le premier et le dernier jour, comme
                  sur les emplois de l’inclusion) : il ira jusqu’au{' '}
                  {formatIsoDateFr(
                    effectivePassEndDate(
                      passEndDate(pass.startDate, [...pass.suspensions, { startDate, endDate }], pass.prolongations),
                      newEnd,
                    ),
                  )}{' '}
                  (au lieu du {formatIsoDateFr(pass.endDate)}).
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
              {
                name: 'endDate',
                label: 'Dernier jour de la prolongation',
                kind: 'date',
                required: true,
                description: `La prolongation part de la fin actuelle du PASS IAE, le ${formatIsoDateFr(pass.endDate)}.`,
              },
            ]}
            hint={(v: FormValues) => {
              const reason = String(v['reason'] ?? '') as PassProlongationReason | '';
              if (!reason)
                return <Hint tone="info">Choisissez le motif : la date de fin au plus tard dépend de lui.</Hint>;
              const rule = PASS_PROLONGATION_RULES[reason];
              const max = prolongationMaxEndDate(reason, pass.endDate, pass.prolongations);
              const cap = `${days(rule.maxDaysPerRequest)} au plus par demande${
                rule.maxCumulativeDays !== null
                  ? ` ; ${days(rule.maxCumulativeDays)} au plus au total, toutes prolongations confondues (${usedDays ? `${days(usedDays)} déjà accordés` : 'aucune accordée jusqu’ici'})`
                  : ''
              }${max ? `, soit une fin au plus tard le ${formatIsoDateFr(max.date)}` : ''}.`;
              const endDate = parseFrDate(String(v['endDate'] ?? ''));
              if (!endDate) return <Hint tone="info">{cap}</Hint>;
              const problem = checkProlongation(
                { reason, endDate },
                {
                  structureKind,
                  passEnd: pass.endDate,
                  suspensions: pass.suspensions,
                  existing: pass.prolongations,
                  today,
                },
              );
              if (problem) return <Hint tone="warn">{problem.message}</Hint>;
              return (
                <Hint tone="ok">
                  {cap} Prolongation de {days(passShiftDays({ startDate: pass.endDate, endDate }))} : le PASS IAE ira
                  jusqu’au {formatIsoDateFr(endDate)} (au lieu du {formatIsoDateFr(pass.endDate)}).
                </Hint>
              );
            }}
            onCancel={close}
            onSubmit={async (v) => {
              const problem = await saveWith(() =>
                prolongPass({
                  variables: { input: { passId: pass.id, reason: String(v['reason']), endDate: String(v['endDate']) } },
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
            {pass.officialEndDate ? (
              <Text span size="xs" c="dimmed">
                {' '}
                (date de fin officielle, relevée sur les emplois de l’inclusion ; date calculée :{' '}
                {formatIsoDateFr(pass.computedEndDate)})
              </Text>
            ) : pass.suspensions.length || pass.prolongations.length ? (
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
            columns={['Du', 'Au', 'Fin repoussée de', 'Motif']}
            empty="Aucune suspension."
            rows={pass.suspensions.map((s) => [
              formatIsoDateFr(s.startDate),
              formatIsoDateFr(s.endDate),
              days(passShiftDays(s)),
              s.reasonLabel,
            ])}
          />
          <Title order={3} size="h5">
            Prolongations
          </Title>
          <RecordTable
            caption="Prolongations du PASS IAE, dans l’ordre des demandes"
            columns={['Demandée le', 'Du', 'Au', 'Jours ajoutés', 'Motif']}
            empty="Aucune prolongation."
            rows={pass.prolongations.map((p) => [
              formatIsoDateFr(p.requestedOn),
              formatIsoDateFr(p.startDate),
              formatIsoDateFr(p.endDate),
              days(p.days),
              p.reasonLabel,
            ])}
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
