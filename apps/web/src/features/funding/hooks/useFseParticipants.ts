import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { countLabel } from '@tremplin/domain';
import { useState } from 'react';
import { type ApiProblem, problemOf } from '../../../app/graphql-errors';
import type { FseParticipantFieldsFragment, FseParticipantsQuery } from '../../../gql/graphql';
import type { SubmitValues } from '../../records/components/RecordForm';
import { downloadTextFile } from '../download';
import { entryInput, exitInput } from '../fse-participant-form';
import {
  EnrolFseParticipantDocument,
  FseParticipantsCsvDocument,
  FseParticipantsDocument,
  UpdateFseParticipantDocument,
} from '../graphql/fse.generated';
import { matches, pageOf } from '../search';
import { type ChosenPerson, personName } from '../components/PersonChooser';

/** A participant's whole data (the fragment, read by each row with useFragment). */
export type Participant = FseParticipantFieldsFragment;
/** A participant as the list holds it: the list's own fields, and a reference to the rest (data masking). */
export type ParticipantRef = FseParticipantsQuery['fundingAgreement']['participants'][number];
export type Completeness = '' | 'missing' | 'complete';
const PER_PAGE = 50;

/** The participants of an FSE+ operation, as filtered and paged on the client (sorted by name). */
export function useParticipantsList(participants: ParticipantRef[]) {
  const [search, setSearchText] = useState('');
  const [completeness, setCompletenessValue] = useState<Completeness>('');
  const [page, setPage] = useState(1);
  const shown = participants
    .filter((p) => matches(search, p.personName))
    .filter((p) => (completeness === 'missing' ? !p.complete : completeness === 'complete' ? p.complete : true))
    .sort((a, b) => a.personName.localeCompare(b.personName, 'fr'));
  return {
    search,
    completeness,
    shown,
    paged: pageOf(shown, page, PER_PAGE),
    setPage,
    setSearch: (text: string) => {
      setSearchText(text);
      setPage(1);
    },
    setCompleteness: (value: Completeness) => {
      setCompletenessValue(value);
      setPage(1);
    },
    clearFilters: () => {
      setSearchText('');
      setCompletenessValue('');
    },
  };
}

/**
 * « Participant·es FSE+ »: the list read from the server, the enrolment and edit forms (one open at a time), their
 * mutations, and the CSV export; `status` is what was last done.
 */
export function useFseParticipants({
  agreementId,
  reference,
  withSituations,
}: {
  agreementId: string;
  reference: string;
  /** Whether the situation questions (sensitive data) are shown and sent. */
  withSituations: boolean;
}) {
  const client = useApolloClient();
  const { data, previousData, loading, error } = useQuery(FseParticipantsDocument, { variables: { id: agreementId } });
  const [enrol] = useMutation(EnrolFseParticipantDocument, { refetchQueries: 'active' });
  const [update] = useMutation(UpdateFseParticipantDocument, { refetchQueries: 'active' });
  const [enrolling, setEnrolling] = useState(false);
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [personError, setPersonError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Participant | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const participants = (data ?? previousData)?.fundingAgreement.participants;

  const closeForms = () => {
    setEnrolling(false);
    setEditing(null);
    setPerson(null);
    setPersonError(null);
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    setStatus(null);
    try {
      const { data: csv } = await client.query({
        query: FseParticipantsCsvDocument,
        variables: { agreementId },
        fetchPolicy: 'network-only',
      });
      if (!csv) throw new Error('export vide');
      downloadTextFile(csv.fseParticipantsCsv.filename, csv.fseParticipantsCsv.content);
      setStatus(
        `Fichier ${csv.fseParticipantsCsv.filename} téléchargé (${countLabel(participants?.length ?? 0, 'participant·e')}) : il est dans le dossier des téléchargements de votre navigateur. Il s’ouvre dans Excel ou LibreOffice (séparateur point-virgule).`,
      );
    } catch (e) {
      setExportError(problemOf(e).message);
    } finally {
      setExporting(false);
    }
  };

  /** Enrols the chosen person; a refusal about the person goes under the person's field. */
  const submitEnrolment = async (v: SubmitValues): Promise<ApiProblem | null> => {
    if (!person) {
      setPersonError('Choisissez la personne à inscrire.');
      return { code: 'BAD_USER_INPUT', message: 'Choisissez la personne à inscrire.', fieldErrors: [] };
    }
    try {
      await enrol({ variables: { input: { agreementId, personId: person.id, ...entryInput(v, withSituations) } } });
      setStatus(`${personName(person)} est inscrit·e à l’opération ${reference}.`);
      closeForms();
      return null;
    } catch (e) {
      const problem = problemOf(e);
      const about = problem.fieldErrors.find((fe) => fe.field === 'personId');
      if (about) setPersonError(about.message);
      return problem;
    }
  };

  /** Saves the participant's data (the situations only when they could be read, so edited). */
  const submitEdit = async (edited: Participant, v: SubmitValues): Promise<ApiProblem | null> => {
    try {
      await update({
        variables: {
          input: {
            id: edited.id,
            version: edited.version,
            ...entryInput(v, withSituations && edited.situations !== null),
            ...exitInput(v),
          },
        },
      });
      setStatus(`Les données FSE+ de ${edited.personName} sont enregistrées.`);
      closeForms();
      return null;
    } catch (e) {
      return problemOf(e);
    }
  };

  return {
    participants,
    loading,
    error,
    enrolling,
    editing,
    person,
    personError,
    status,
    exporting,
    exportError,
    closeForms,
    exportCsv,
    submitEnrolment,
    submitEdit,
    clearStatus: () => setStatus(null),
    startEnrolment: () => {
      setEditing(null);
      setEnrolling(true);
    },
    startEdit: (p: Participant) => {
      setEnrolling(false);
      setEditing(p);
    },
    choosePerson: (p: ChosenPerson | null) => {
      setPerson(p);
      setPersonError(null);
    },
  };
}
