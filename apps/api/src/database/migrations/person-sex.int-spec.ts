import {
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildPerson,
  buildStructure,
} from '@tremplin/api-testing';
import { FunderKind } from '@tremplin/domain';
import { PersonEntity } from '../../modules/persons/person.entity';
import {
  backdateFseParticipantSave,
  fseParticipantRows,
} from '../../testing/repositories/database-migrations.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonSex1795452000000 } from './1795452000000-PersonSex';

describe('migration PersonSex: the person’s sex taken over from their FSE+ participant records', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('copies the gender of the most recently saved FSE+ record that has one, and changes no FSE+ record', async () => {
    const s = await buildStructure(t.db);
    const funder = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS });
    const [op1, op2] = [
      await buildFundingAgreement(t.db, s.id, funder.id),
      await buildFundingAgreement(t.db, s.id, funder.id),
    ];
    const twice = await buildPerson(t.db, s.id);
    const once = await buildPerson(t.db, s.id);
    const withoutGender = await buildPerson(t.db, s.id);
    const never = await buildPerson(t.db, s.id);
    const old = await buildFseParticipant(t.db, s.id, op1.id, twice.id, { gender: 'WOMAN' });
    await buildFseParticipant(t.db, s.id, op2.id, twice.id, { gender: 'NON_BINARY' });
    await backdateFseParticipantSave(t.db, old.id);
    await buildFseParticipant(t.db, s.id, op1.id, once.id, { gender: 'MAN' });
    await buildFseParticipant(t.db, s.id, op1.id, withoutGender.id, { gender: null });
    const participantsBefore = await fseParticipantRows(t.db);

    const runner = t.db.createQueryRunner();
    try {
      const migration = new PersonSex1795452000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const sexes = await t.db
      .getRepository(PersonEntity)
      .find({ select: { id: true, sex: true }, where: { structureId: s.id } });
    expect(Object.fromEntries(sexes.map((r) => [r.id, r.sex]))).toEqual({
      [twice.id]: 'NON_BINARY',
      [once.id]: 'MAN',
      [withoutGender.id]: null,
      [never.id]: null,
    });
    expect(await fseParticipantRows(t.db)).toEqual(participantsBefore);
  });
});
