import { Text } from '@mantine/core';
import { addMonths, formatIsoDateFr, FSE_FOLLOW_UP_MONTHS, FseSituation, todayInParis } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { type FormValues, RecordForm } from '../../records/components/RecordForm';
import { entryFields, EXIT_FIELDS, participantFormValues, SITUATION_FIELD } from '../fse-participant-form';
import type { Participant, useFseParticipants } from '../hooks/useFseParticipants';
import { PersonChooser } from './PersonChooser';

type FseParticipantsState = ReturnType<typeof useFseParticipants>;

/** A situation ticked by a participant who declined (or before being asked) would be refused by the server. */
function situationsHint(v: FormValues) {
  const ticked = Object.values(FseSituation).some((s) => v[SITUATION_FIELD(s)] === true);
  if (v['situationsAnswered'] === 'yes' || !ticked) return null;
  return (
    <Text size="sm" c={TONES.warning} mt="sm">
      {v['situationsAnswered'] === 'no'
        ? 'La personne a refusé de répondre : les situations cochées ne seront pas enregistrées.'
        : 'Choisissez « La personne a répondu » pour enregistrer les situations cochées.'}
    </Text>
  );
}

/** An opened form: the focus goes to its first field (again when another participant's data are opened). */
function Opened({ children, subject }: { children: ReactNode; subject: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [subject]);
  return <div ref={ref}>{children}</div>;
}

/** « Inscrire une personne »: the person of the caseload (not yet enrolled), then the entry data. */
export function FseEnrolForm({
  state: s,
  reference,
  withSituations,
  enrolled,
}: {
  state: FseParticipantsState;
  reference: string;
  withSituations: boolean;
  /** The persons already enrolled, with what is shown instead of « Choisir ». */
  enrolled: ReadonlyMap<string, string>;
}) {
  return (
    <Opened subject="enrolment">
      <RecordForm
        title={`Inscrire une personne à l’opération ${reference}`}
        submitLabel="Inscrire la personne"
        fields={entryFields(withSituations, true)}
        initial={{ entryDate: formatIsoDateFr(todayInParis()) }}
        hint={withSituations ? situationsHint : undefined}
        onCancel={s.closeForms}
        onSubmit={s.submitEnrolment}
      >
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <PersonChooser
            label="Personne à inscrire"
            chosen={s.person}
            onChoose={s.choosePerson}
            exclude={enrolled}
            error={s.personError}
          />
        </div>
      </RecordForm>
    </Opened>
  );
}

/** « Données FSE+ de … »: entry, exit and six-month data of one participant. */
export function FseParticipantEditForm({
  state: s,
  participant: editing,
  withSituations,
}: {
  state: FseParticipantsState;
  participant: Participant;
  withSituations: boolean;
}) {
  return (
    <Opened subject={editing.id}>
      <RecordForm
        key={editing.id}
        title={`Données FSE+ de ${editing.personName}`}
        submitLabel="Enregistrer les données"
        fields={[...entryFields(withSituations && editing.situations !== null), ...EXIT_FIELDS]}
        initial={participantFormValues(editing)}
        hint={(v) => (
          <>
            {withSituations ? situationsHint(v) : null}
            {editing.birthYear ? (
              <Text size="sm" c="dimmed" mt="sm">
                Année de naissance reprise de la fiche : {editing.birthYear}.
              </Text>
            ) : null}
            {editing.exitDate ? (
              <Text size="sm" c="dimmed" mt={4}>
                Suivi à {FSE_FOLLOW_UP_MONTHS} mois attendu à partir du{' '}
                {formatIsoDateFr(addMonths(editing.exitDate, FSE_FOLLOW_UP_MONTHS))}.
              </Text>
            ) : null}
          </>
        )}
        onCancel={s.closeForms}
        onSubmit={(v) => s.submitEdit(editing, v)}
      />
    </Opened>
  );
}
