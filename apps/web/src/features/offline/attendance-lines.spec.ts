import { choiceOf, describeLine, draftFromValues, draftOf, entryOfDraft, problemOfDraft } from './attendance-lines';
import type { FieldRow, FieldSession, OutboxEntry } from './offline-store';
import { attendanceKey } from './senders';

const session: FieldSession = {
  id: 's1',
  title: 'Atelier chantier',
  kindLabel: 'Atelier collectif',
  sessionDate: '2026-12-07',
  plannedMinutes: 180,
};
const row = (line: { minutesAttended: number; absence: string | null; version: number } | null): FieldRow => ({
  person: { id: 'p1', firstName: 'Aïcha', lastName: 'Benkirane' },
  cells: [{ sessionId: 's1', line: line ? { id: 'l1', absenceLabel: null, ...line } : null }],
});

describe('« Mon terrain » attendance lines', () => {
  it('gives each button its draft, and finds the button back from a draft', () => {
    expect(draftOf('present', 180)).toEqual({ hours: '3', absence: null });
    expect(draftOf('absent', 180)).toEqual({ hours: '0', absence: 'UNJUSTIFIED' });
    expect(draftOf('justified', 180)).toEqual({ hours: '0', absence: 'JUSTIFIED' });
    expect(choiceOf({ hours: '3', absence: null }, 180)).toBe('present');
    expect(choiceOf({ hours: '1 h 30', absence: 'JUSTIFIED' }, 180)).toBe('justified');
    expect(choiceOf({ hours: '2', absence: null }, 180)).toBeNull();
  });

  it('refuses, in French, what the server would refuse', () => {
    expect(problemOfDraft({ hours: 'trois', absence: null }, 180)).toBe('Heures illisibles.');
    expect(problemOfDraft({ hours: '4', absence: null }, 180)).toBe('Au plus 3 h.');
    expect(problemOfDraft({ hours: '2', absence: null }, 180)).toBe('Précisez l’absence : Absent·e ou Justifié·e.');
    expect(problemOfDraft({ hours: '3', absence: 'JUSTIFIED' }, 180)).toBe('Présence complète : pas d’absence.');
    expect(problemOfDraft({ hours: '2', absence: 'JUSTIFIED' }, 180)).toBeNull();
    expect(problemOfDraft({ hours: '', absence: null }, 180)).toBeNull();
  });

  it('describes a line in words', () => {
    expect(describeLine({ minutesAttended: 180, absence: null })).toBe('Présent·e (3 h)');
    expect(describeLine({ minutesAttended: 0, absence: 'UNJUSTIFIED' })).toBe('Absent·e');
    expect(describeLine({ minutesAttended: 90, absence: 'JUSTIFIED' })).toBe('1 h 30 — Justifié·e');
    expect(describeLine(null)).toBe('Rien de saisi (ligne supprimée)');
  });

  it('queues a changed line with the version it was read at; nothing for an unchanged or unfinished one', () => {
    const saved = row({ minutesAttended: 180, absence: null, version: 4 });
    expect(entryOfDraft(saved, session, draftFromValues({ minutesAttended: 180, absence: null }), [])).toBeNull();
    expect(entryOfDraft(saved, session, { hours: '2', absence: null }, [])).toBeNull();
    expect(entryOfDraft(saved, session, draftOf('absent', 180), [])).toEqual({
      kind: 'attendance',
      key: attendanceKey('s1', 'p1'),
      variables: { sessionId: 's1', personId: 'p1', minutesAttended: 0, absence: 'UNJUSTIFIED' },
      baseVersions: { [attendanceKey('s1', 'p1')]: 4 },
    });
    expect(entryOfDraft(row(null), session, draftOf('present', 180), [])?.baseVersions).toEqual({
      [attendanceKey('s1', 'p1')]: null,
    });
  });

  it('compares a draft with the entry still waiting for that line, not with the server’s line', () => {
    const waiting = {
      id: 1,
      kind: 'attendance',
      key: attendanceKey('s1', 'p1'),
      variables: { sessionId: 's1', personId: 'p1', minutesAttended: 0, absence: 'JUSTIFIED' },
      baseVersions: { [attendanceKey('s1', 'p1')]: 4 },
      createdAt: '2026-12-07T08:00:00Z',
      status: 'pending',
    } as OutboxEntry;
    const saved = row({ minutesAttended: 180, absence: null, version: 4 });
    expect(entryOfDraft(saved, session, draftOf('justified', 180), [waiting])).toBeNull();
    expect(entryOfDraft(saved, session, draftOf('present', 180), [waiting])).not.toBeNull();
  });
});
