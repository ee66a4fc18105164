import { SkillLevel } from '@tremplin/domain';
import {
  type CandidateFacts,
  haversineKm,
  rankCandidates,
  type RankingRequest,
  slotCalendar,
  slotSegments,
} from './ranking';

const REQUEST: RankingRequest = {
  // Tuesday 12 January 2027, 21:00 → Wednesday 07:00, Paris.
  startsAt: new Date('2027-01-12T20:00:00Z'),
  endsAt: new Date('2027-01-13T06:00:00Z'),
  minutes: 600,
  hostOrganisationId: 'org',
  siteName: 'Résidence',
  siteLatitude: 49.4431,
  siteLongitude: 1.0993,
  requiredBlocks: [{ id: 'b1', title: 'Bloc 1' }],
  minLevel: SkillLevel.PROGRESSING,
  requiredClearances: [],
};

const person = (id: string, o: Partial<CandidateFacts> = {}): CandidateFacts => ({
  personId: id,
  firstName: id,
  lastName: id,
  latitude: null,
  longitude: null,
  levels: [{ blockId: 'b1', level: SkillLevel.PROGRESSING }],
  clearances: [],
  availability: [
    { weekday: 2, startMinute: 1200, endMinute: 1440 },
    { weekday: 3, startMinute: 0, endMinute: 480 },
  ],
  absences: [],
  missions: [],
  ...o,
});

describe('replacement ranking rules', () => {
  it('cuts a night at local midnight (Paris time, winter and summer)', () => {
    expect(slotSegments(REQUEST.startsAt, REQUEST.endsAt)).toEqual([
      { day: '2027-01-12', from: 1260, to: 1440 },
      { day: '2027-01-13', from: 0, to: 420 },
    ]);
    expect(slotSegments(new Date('2027-07-06T19:00:00Z'), new Date('2027-07-07T05:00:00Z'))).toEqual([
      { day: '2027-07-06', from: 1260, to: 1440 },
      { day: '2027-07-07', from: 0, to: 420 },
    ]);
  });

  it('works out the slot once: weekdays of its pieces, and the weekly maximum counted in the week of its start', () => {
    // Sunday 3 January 2027, 21:00 → Monday 07:00 (Paris, UTC+1): the week is the one of Sunday, Monday 28 December.
    expect(
      slotCalendar({ startsAt: new Date('2027-01-03T20:00:00Z'), endsAt: new Date('2027-01-04T06:00:00Z') }),
    ).toEqual({
      segments: [
        { day: '2027-01-03', weekday: 7, from: 1260, to: 1440 },
        { day: '2027-01-04', weekday: 1, from: 0, to: 420 },
      ],
      firstDay: '2027-01-03',
      lastDay: '2027-01-04',
      monday: '2026-12-28',
      sunday: '2027-01-03',
    });
  });

  it('measures Rouen to Le Havre as about 72 km as the crow flies (haversine)', () => {
    expect(Math.round(haversineKm(49.4431, 1.0993, 49.4944, 0.1079))).toBe(72);
  });

  it('orders by score, then distance, then name; a pattern that does not cover the night puts apart', () => {
    const { candidates, excluded } = rankCandidates(REQUEST, [
      person('far', { latitude: 49.29, longitude: 1.01 }),
      person('near', { latitude: 49.44, longitude: 1.09 }),
      person('unknown', { availability: [] }),
      person('day', { availability: [{ weekday: 2, startMinute: 480, endMinute: 1020 }] }),
    ]);
    expect(candidates.map((c) => c.personId)).toEqual(['near', 'far', 'unknown']);
    expect(excluded.map((c) => c.personId)).toEqual(['day']);
    expect(excluded[0].reasons.find((r) => !r.ok)?.text).toBe(
      'Pas disponible le 12/01/2027 de 21 h 00 à 24 h 00, le 13/01/2027 de 00 h 00 à 07 h 00.',
    );
  });
});
