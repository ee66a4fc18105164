import { AlertCode, computeAlerts } from './alerts';
import { coachingGap } from './coaching';
import { PathwayStage } from '../kinds';

const facts = (coaching: { missionStart: string; lastContactOn: string | null; thresholdDays: number } | null) => ({
  stage: PathwayStage.TRAINING,
  passEndDate: null,
  expiredProofCount: 0,
  plannedMinutesToDate: 0,
  attendedMinutes: 0,
  maxPlacementMinutes: 0,
  hireStartDate: null,
  retentionChecksDone: [],
  lastFollowUpDate: null,
  contracts: [],
  coaching,
});

describe('coaching: the « no contact » rule', () => {
  it('counts from the last contact, else from the mission start; raised past the threshold only', () => {
    expect(
      coachingGap({ missionStart: '2026-03-01', lastContactOn: null, thresholdDays: 14 }, '2026-03-15'),
    ).toBeNull();
    expect(coachingGap({ missionStart: '2026-03-01', lastContactOn: null, thresholdDays: 14 }, '2026-03-16')).toEqual({
      gap: 15,
      since: '2026-03-01',
      dueDate: '2026-03-15',
    });
    expect(
      coachingGap({ missionStart: '2026-03-01', lastContactOn: '2026-03-10', thresholdDays: 14 }, '2026-03-20'),
    ).toBeNull();
    // A contact before this mission started does not push the count back.
    expect(
      coachingGap({ missionStart: '2026-03-01', lastContactOn: '2026-02-01', thresholdDays: 7 }, '2026-03-09'),
    ).toEqual({ gap: 8, since: '2026-03-01', dueDate: '2026-03-08' });
  });

  it('gives the NO_COACHING_CONTACT warning, not for an exited person nor without a running mission', () => {
    const f = facts({ missionStart: '2026-03-01', lastContactOn: '2026-03-02', thresholdDays: 14 });
    expect(computeAlerts(f, '2026-03-20')).toEqual([
      {
        code: AlertCode.NO_COACHING_CONTACT,
        severity: 'warning',
        message: expect.stringMatching(
          /^Pas de contact de suivi depuis 18 jours \(dernier le 02\/03\/2026, seuil 14 jours\)/,
        ),
        dueDate: '2026-03-16',
      },
    ]);
    expect(computeAlerts({ ...f, stage: PathwayStage.EXITED }, '2026-03-20')).toEqual([]);
    expect(computeAlerts(facts(null), '2026-03-20')).toEqual([]);
  });
});
