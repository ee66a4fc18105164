import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatIsoDateFr } from '@tremplin/domain';
import { ErrorSummary } from '@tremplin/web-ui';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { type FieldErrors, readDate, sentence, summaryItems } from '../../partners/forms';
import { GenerateReportDocument, ReportJobsDocument } from '../graphql/reports.generated';
import {
  defaultPeriod,
  MAX_PERIOD_MONTHS,
  noReportReason,
  periodLabel,
  periodTooLong,
  type ReportSubject,
  reportKindLabel,
  subjectOptions,
} from '../subjects';

type Field = 'subject' | 'start' | 'end';
const ORDER: Field[] = ['subject', 'start', 'end'];
const LABELS: Record<Field, string> = { subject: 'Convention ou partenariat', start: 'Du', end: 'Au' };

/** The form's field an API field error is about (`periodStart`, `input.agreementId`…). */
function fieldOf(apiField: string): Field | null {
  if (/periodStart/.test(apiField)) return 'start';
  if (/periodEnd/.test(apiField)) return 'end';
  if (/kind|agreementId|partnershipId|subject/.test(apiField)) return 'subject';
  return null;
}

/**
 * « Nouveau rapport »: an agreement (grouped by funder, with the report its funder expects) or a partnership, a
 * period (by default the agreement's up to today, or this year for a partnership), then « Générer le rapport »: the
 * job is queued and followed in « Rapports générés ». Errors show next to their field; nothing typed is lost.
 */
export function NewReportForm({
  subjects,
  today,
  onQueued,
}: {
  subjects: ReportSubject[];
  today: string;
  onQueued: (message: string) => void;
}) {
  const idPrefix = useId();
  const inputId = (f: Field) => `${idPrefix}-${f}`;
  const [values, setValues] = useState<Record<Field, string>>({ subject: '', start: '', end: '' });
  /** Once a date is typed by hand, choosing another subject no longer replaces the period. */
  const [periodTouched, setPeriodTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [generate, generating] = useMutation(GenerateReportDocument, {
    refetchQueries: [ReportJobsDocument],
    awaitRefetchQueries: true,
  });
  const options = useMemo(() => subjectOptions(subjects), [subjects]);
  const subject = subjects.find((s) => s.value === values.subject);

  const set = (f: Field, value: string) => {
    setValues((v) => {
      const next = { ...v, [f]: value };
      if (f === 'subject' && !periodTouched) {
        const chosen = subjects.find((s) => s.value === value);
        if (chosen) {
          const period = defaultPeriod(chosen, today);
          next.start = formatIsoDateFr(period.start);
          next.end = formatIsoDateFr(period.end);
        }
      }
      return next;
    });
    if (f !== 'subject') setPeriodTouched(true);
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setGlobal(null);
    const found: FieldErrors<Field> = {};
    if (!subject) found.subject = 'choisissez la convention ou le partenariat du rapport.';
    else if (!subject.kind && subject.type === 'agreement')
      found.subject = `${noReportReason(subject.agreement)} : choisissez une autre convention.`;
    const start = readDate(values.start, true, '01/01/2026');
    const end = readDate(values.end, true, '31/12/2026');
    if (start.error) found.start = start.error;
    if (end.error) found.end = end.error;
    if (start.value && end.value) {
      if (end.value < start.value)
        found.end = `la fin (${formatIsoDateFr(end.value)}) précède le début (${formatIsoDateFr(start.value)}).`;
      else if (periodTooLong(start.value, end.value))
        found.end = `un rapport couvre ${MAX_PERIOD_MONTHS / 12} ans au plus : raccourcissez la période.`;
    }
    setErrors(found);
    if (Object.keys(found).length || !subject?.kind) return;
    try {
      const { data } = await generate({
        variables: {
          input: {
            kind: subject.kind,
            agreementId: subject.type === 'agreement' ? subject.agreement.id : null,
            partnershipId: subject.type === 'partnership' ? subject.partnership.id : null,
            periodStart: start.value!,
            periodEnd: end.value!,
          },
        },
      });
      const job = data?.generateReport;
      onQueued(
        `Rapport demandé : ${job?.kindLabel ?? reportKindLabel(subject.kind)}, ${job?.subjectLabel ?? ''} ${periodLabel(start.value!, end.value!)}. Suivez sa génération dans « Rapports générés ».`.replace(
          /\s+/g,
          ' ',
        ),
      );
    } catch (err) {
      const problem = problemOf(err);
      const placed: FieldErrors<Field> = {};
      const unplaced: string[] = [];
      for (const fe of problem.fieldErrors) {
        const f = fieldOf(fe.field);
        if (f) placed[f] = placed[f] ? `${placed[f]} ${fe.message}` : fe.message;
        else unplaced.push(fe.message);
      }
      setErrors(placed);
      setGlobal(unplaced.length ? unplaced.join(' ') : Object.keys(placed).length ? null : problem.message);
    }
  };

  const titleId = `${idPrefix}-title`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        Nouveau rapport
      </Title>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          title="Le rapport n’est pas lancé : corrigez ces points"
          items={summaryItems(global, errors, ORDER, LABELS, inputId)}
          focusKey={attempt}
        />
        <Stack gap="sm">
          <NativeSelect
            id={inputId('subject')}
            label={LABELS.subject}
            withAsterisk
            required
            data={options}
            value={values.subject}
            onChange={(e) => set('subject', e.currentTarget.value)}
            error={sentence(errors.subject)}
            description="Les conventions sont rangées par financeur ; celles dont le financeur n’attend pas de rapport ne peuvent pas être choisies."
          />
          <Text size="sm" aria-live="polite">
            {subject?.kind ? (
              <>
                Rapport : <strong>{reportKindLabel(subject.kind)}</strong>
                {subject.type === 'agreement'
                  ? ` · convention ${periodLabel(subject.agreement.startDate, subject.agreement.endDate)}`
                  : ''}
              </>
            ) : subject?.type === 'agreement' ? (
              `Aucun rapport pour cette convention : ${noReportReason(subject.agreement)}.`
            ) : (
              'Le type de rapport suit le financeur de la convention (FSE+, OPCO, DDETS) ou le partenariat.'
            )}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={480}>
            <TextInput
              id={inputId('start')}
              label={LABELS.start}
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              required
              value={values.start}
              onChange={(e) => set('start', e.currentTarget.value)}
              error={sentence(errors.start)}
            />
            <TextInput
              id={inputId('end')}
              label={LABELS.end}
              placeholder="jj/mm/aaaa"
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              required
              value={values.end}
              onChange={(e) => set('end', e.currentTarget.value)}
              error={sentence(errors.end)}
            />
          </SimpleGrid>
          {subjects.length === 0 ? (
            <Alert color="blue" variant="light">
              Aucune convention ni aucun partenariat : créez une convention dans « Financements » ou un partenariat dans
              « Partenaires » pour en faire le rapport.
            </Alert>
          ) : null}
        </Stack>
        <Group mt="md">
          <Button type="submit" loading={generating.loading}>
            Générer le rapport
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
