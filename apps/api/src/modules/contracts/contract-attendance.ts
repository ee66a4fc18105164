/**
 * Minutes a person attended at TRAINING collective sessions within a contract’s period: from its start to its end,
 * or to its break, and never after today (an attendance line of a session still to come is not attended). One SQL
 * expression, shared by `ProfessionalisationContract.progress` and the alert facts so that both say the same.
 */
import { SessionKind } from '@tremplin/domain';

/**
 * A correlated subquery giving the minutes (int, 0 when none) for the contract row aliased `c`. `today` is the SQL
 * placeholder of today's date (e.g. `$3`).
 */
export function attendedMinutesSql(today: string): string {
  return `COALESCE((
    SELECT SUM(a.minutes_attended)
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
     WHERE a.structure_id = c.structure_id AND a.person_id = c.person_id AND s.kind = '${SessionKind.TRAINING}'
       AND s.session_date >= c.start_date
       AND s.session_date <= LEAST(c.end_date, COALESCE(c.broken_on, c.end_date), ${today}::date)
  ), 0)::int`;
}
