import {
  formatIsoDateFr,
  FSE_EXIT_SITUATION_LABELS,
  FSE_FOLLOW_UP_MONTHS,
  FSE_GENDER_LABELS,
  FSE_ISCED_LEVEL_LABELS,
  FSE_LABOUR_MARKET_STATUS_LABELS,
  FSE_SITUATION_LABELS,
  FseExitSituation,
  FseGender,
  FseIscedLevel,
  FseLabourMarketStatus,
  FseSituation,
} from '@tremplin/domain';
import type {
  EnrolFseParticipantInput,
  FseParticipantFieldsFragment,
  UpdateFseParticipantInput,
} from '../../gql/graphql';
import type { FormValuesOf } from '../../lib/form-values';
import type { FieldSpec, SubmitValues } from '../records/components/RecordForm';

/** The FSE+ participant forms (enrolment, edit): their fields and their values, to and from the API's inputs. */

/** The entry part of the API's inputs (the same in `enrolFseParticipant` and `updateFseParticipant`). */
type EntryInput = Pick<
  EnrolFseParticipantInput,
  'entryDate' | 'gender' | 'labourMarketStatus' | 'iscedLevel' | 'situationsAnswered' | 'situations'
>;
/** The exit part of `updateFseParticipant`'s input. */
type ExitInput = Pick<
  UpdateFseParticipantInput,
  'exitDate' | 'exitSituation' | 'sixMonthsCheckedOn' | 'sixMonthsEmployed' | 'sixMonthsImprovedSituation'
>;

const options = <K extends string>(labels: Record<K, string>, values: K[]) =>
  values.map((v) => ({ value: v, label: labels[v] }));
const YES_NO = [
  { value: 'yes', label: 'Oui' },
  { value: 'no', label: 'Non' },
];
/** One checkbox per situation, instead of the input's list. */
export type SituationField = `situation_${FseSituation}`;
export const SITUATION_FIELD = (s: FseSituation): SituationField => `situation_${s}`;

/**
 * What the edit form holds, derived from the API's update input (a field added to it is a type error here until the
 * form has it): dates jj/mm/aaaa, « yes » / « no » / '' for the answers asked as a choice, and one checkbox per
 * situation instead of the list.
 */
export type FseParticipantFormValues = FormValuesOf<
  Omit<UpdateFseParticipantInput, 'id' | 'version' | 'situations'>,
  'situationsAnswered' | 'sixMonthsEmployed' | 'sixMonthsImprovedSituation'
> &
  Record<SituationField, boolean>;

/**
 * The entry fields; the situation questions only for those who may read them (sensitive data). At enrolment, a gender
 * left empty is the sex on the person's record (the API takes it).
 */
export function entryFields(withSituations: boolean, enrolling = false): FieldSpec[] {
  return [
    { name: 'entryDate', label: 'Date d’entrée dans l’opération', kind: 'date' },
    {
      name: 'gender',
      label: 'Genre',
      kind: 'select',
      options: options(FSE_GENDER_LABELS, Object.values(FseGender)),
      placeholder: enrolling ? 'Celui de la fiche de la personne' : 'Non renseigné',
      ...(enrolling
        ? { description: 'Laissé vide, le genre est le sexe inscrit dans l’identité de la personne.' }
        : {}),
    },
    {
      name: 'labourMarketStatus',
      label: 'Situation sur le marché du travail à l’entrée',
      kind: 'select',
      options: options(FSE_LABOUR_MARKET_STATUS_LABELS, Object.values(FseLabourMarketStatus)),
      placeholder: 'Non renseignée',
    },
    {
      name: 'iscedLevel',
      label: 'Niveau d’études (CITE)',
      kind: 'select',
      options: options(FSE_ISCED_LEVEL_LABELS, Object.values(FseIscedLevel)),
      placeholder: 'Non renseigné',
    },
    ...(withSituations
      ? ([
          {
            name: 'situationsAnswered',
            label: 'Questions de situation',
            kind: 'select',
            wide: true,
            options: [
              { value: 'yes', label: 'La personne a répondu (cochez ses situations, ou aucune)' },
              { value: 'no', label: 'La personne a refusé de répondre' },
            ],
            placeholder: 'Pas encore posées',
            description: 'Données sensibles : la personne peut refuser d’y répondre, son refus est alors enregistré.',
          },
          ...Object.values(FseSituation).map((s): FieldSpec => ({
            name: SITUATION_FIELD(s),
            label: FSE_SITUATION_LABELS[s],
            kind: 'checkbox',
          })),
        ] as FieldSpec[])
      : []),
  ];
}

export const EXIT_FIELDS: FieldSpec[] = [
  { name: 'exitDate', label: 'Date de sortie', kind: 'date' },
  {
    name: 'exitSituation',
    label: 'Situation à la sortie',
    kind: 'select',
    options: options(FSE_EXIT_SITUATION_LABELS, Object.values(FseExitSituation)),
    placeholder: 'Non renseignée',
  },
  { name: 'sixMonthsCheckedOn', label: `Date du suivi à ${FSE_FOLLOW_UP_MONTHS} mois`, kind: 'date' },
  {
    name: 'sixMonthsEmployed',
    label: `En emploi ${FSE_FOLLOW_UP_MONTHS} mois après la sortie`,
    kind: 'select',
    options: YES_NO,
    placeholder: 'Non renseigné',
  },
  {
    name: 'sixMonthsImprovedSituation',
    label: `Situation améliorée ${FSE_FOLLOW_UP_MONTHS} mois après la sortie`,
    kind: 'select',
    options: YES_NO,
    placeholder: 'Non renseigné',
  },
];

const bool = (v: SubmitValues[string]): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);
const boolText = (v: boolean | null | undefined): string => (v === true ? 'yes' : v === false ? 'no' : '');
const text = (v: SubmitValues[string]): string | null => (v === null || v === '' ? null : String(v));

/** The entry data as the API takes them; situations only when the caller may read (and so edit) them. */
export function entryInput(v: SubmitValues, withSituations: boolean): EntryInput {
  const answered = bool(v['situationsAnswered']);
  return {
    entryDate: text(v['entryDate']),
    gender: text(v['gender']),
    labourMarketStatus: text(v['labourMarketStatus']),
    iscedLevel: text(v['iscedLevel']),
    ...(withSituations
      ? {
          situationsAnswered: answered,
          situations: answered ? Object.values(FseSituation).filter((s) => v[SITUATION_FIELD(s)] === true) : [],
        }
      : {}),
  };
}

/** The exit and six-month data as the API takes them (editing only). */
export function exitInput(v: SubmitValues): ExitInput {
  return {
    exitDate: text(v['exitDate']),
    exitSituation: text(v['exitSituation']),
    sixMonthsCheckedOn: text(v['sixMonthsCheckedOn']),
    sixMonthsEmployed: bool(v['sixMonthsEmployed']),
    sixMonthsImprovedSituation: bool(v['sixMonthsImprovedSituation']),
  };
}

/** A participant's data as the edit form shows them (dates jj/mm/aaaa, yes/no answers, one checkbox per situation). */
export function participantFormValues(p: FseParticipantFieldsFragment): FseParticipantFormValues {
  return {
    entryDate: p.entryDate ? formatIsoDateFr(p.entryDate) : '',
    gender: p.gender ?? '',
    labourMarketStatus: p.labourMarketStatus ?? '',
    iscedLevel: p.iscedLevel ?? '',
    situationsAnswered: boolText(p.situationsAnswered),
    ...(Object.fromEntries(
      Object.values(FseSituation).map((s) => [SITUATION_FIELD(s), Boolean(p.situations?.includes(s))]),
    ) as Record<SituationField, boolean>),
    exitDate: p.exitDate ? formatIsoDateFr(p.exitDate) : '',
    exitSituation: p.exitSituation ?? '',
    sixMonthsCheckedOn: p.sixMonthsCheckedOn ? formatIsoDateFr(p.sixMonthsCheckedOn) : '',
    sixMonthsEmployed: boolText(p.sixMonthsEmployed),
    sixMonthsImprovedSituation: boolText(p.sixMonthsImprovedSituation),
  };
}
