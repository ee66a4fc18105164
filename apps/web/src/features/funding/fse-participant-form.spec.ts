import { FseSituation } from '@tremplin/domain';
import type { FseParticipantFieldsFragment } from '../../gql/graphql';
import {
  entryFields,
  entryInput,
  EXIT_FIELDS,
  exitInput,
  participantFormValues,
  SITUATION_FIELD,
} from './fse-participant-form';

const [first, second] = Object.values(FseSituation);

const participant: FseParticipantFieldsFragment = {
  id: 'p1',
  agreementId: 'a1',
  personId: 'x1',
  personName: 'DIALLO Amina',
  version: 3,
  entryDate: '2026-01-12',
  gender: 'WOMAN',
  labourMarketStatus: null,
  iscedLevel: 'ISCED_3_4',
  birthYear: 1988,
  situations: [first],
  situationsAnswered: true,
  exitDate: null,
  exitSituation: null,
  sixMonthsCheckedOn: null,
  sixMonthsEmployed: false,
  sixMonthsImprovedSituation: null,
  missing: [],
  complete: false,
};

describe('FSE+ participant form', () => {
  it('asks the situation questions only of those who may read them', () => {
    const names = (withSituations: boolean) => entryFields(withSituations).map((f) => f.name);
    expect(names(false)).toEqual(['entryDate', 'gender', 'labourMarketStatus', 'iscedLevel']);
    expect(names(true)).toEqual([
      ...names(false),
      'situationsAnswered',
      ...Object.values(FseSituation).map(SITUATION_FIELD),
    ]);
    expect(EXIT_FIELDS.map((f) => f.name)).toEqual([
      'exitDate',
      'exitSituation',
      'sixMonthsCheckedOn',
      'sixMonthsEmployed',
      'sixMonthsImprovedSituation',
    ]);
  });

  it('shows a participant as the form reads it', () => {
    const values = participantFormValues(participant);
    expect(values).toMatchObject({
      entryDate: '12/01/2026',
      gender: 'WOMAN',
      labourMarketStatus: '',
      situationsAnswered: 'yes',
      [SITUATION_FIELD(first)]: true,
      [SITUATION_FIELD(second)]: false,
      exitDate: '',
      sixMonthsEmployed: 'no',
      sixMonthsImprovedSituation: '',
    });
  });

  it('sends the entry data, with the ticked situations only when the person answered', () => {
    const submitted = {
      entryDate: '2026-01-12',
      gender: '',
      labourMarketStatus: 'UNEMPLOYED',
      iscedLevel: null,
      situationsAnswered: 'yes',
      [SITUATION_FIELD(first)]: true,
      [SITUATION_FIELD(second)]: false,
    };
    expect(entryInput(submitted, true)).toEqual({
      entryDate: '2026-01-12',
      gender: null,
      labourMarketStatus: 'UNEMPLOYED',
      iscedLevel: null,
      situationsAnswered: true,
      situations: [first],
    });
    expect(entryInput({ ...submitted, situationsAnswered: 'no' }, true)).toMatchObject({
      situationsAnswered: false,
      situations: [],
    });
    expect(entryInput(submitted, false)).not.toHaveProperty('situations');
  });

  it('sends the exit data, yes/no answers as booleans', () => {
    expect(
      exitInput({
        exitDate: '2026-06-30',
        exitSituation: 'EMPLOYED',
        sixMonthsCheckedOn: '',
        sixMonthsEmployed: 'yes',
        sixMonthsImprovedSituation: '',
      }),
    ).toEqual({
      exitDate: '2026-06-30',
      exitSituation: 'EMPLOYED',
      sixMonthsCheckedOn: null,
      sixMonthsEmployed: true,
      sixMonthsImprovedSituation: null,
    });
  });
});
