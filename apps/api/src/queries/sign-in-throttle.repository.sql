-- Requêtes de core/auth/sign-in-throttle.repository.ts (généré : npm run sql:snapshots)

-- SignInThrottleRepository.count
WITH pair AS (
  INSERT INTO sign_in_throttle AS t (scope, subject, attempts, window_started_at)
  SELECT 'PAIR', $1::varchar || ' ' || $2::varchar, 1, now()
  ON CONFLICT (scope, subject) DO UPDATE SET
    attempts = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN 1
                    ELSE least(t.attempts + 1, $4::int + 1) END,
    window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN now()
                             ELSE t.window_started_at END
  RETURNING t.attempts, ceil(extract(epoch FROM t.window_started_at + make_interval(mins => $3::int) - now()))::int AS seconds_left),
  address AS (
  INSERT INTO sign_in_throttle AS t (scope, subject, attempts, window_started_at)
  SELECT 'ADDRESS', $2::varchar, 1, now() FROM pair WHERE pair.attempts <= $4::int
  ON CONFLICT (scope, subject) DO UPDATE SET
    attempts = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN 1
                    ELSE least(t.attempts + 1, $5::int + 1) END,
    window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN now()
                             ELSE t.window_started_at END
  RETURNING t.attempts, ceil(extract(epoch FROM t.window_started_at + make_interval(mins => $3::int) - now()))::int AS seconds_left),
  account AS (
  INSERT INTO sign_in_throttle AS t (scope, subject, attempts, window_started_at)
  SELECT 'ACCOUNT', $1::varchar, 1, now() FROM address WHERE address.attempts <= $5::int
  ON CONFLICT (scope, subject) DO UPDATE SET
    attempts = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN 1
                    ELSE least(t.attempts + 1, 1000000) END,
    window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(mins => $3::int) THEN now()
                             ELSE t.window_started_at END
  RETURNING t.attempts, ceil(extract(epoch FROM t.window_started_at + make_interval(mins => $3::int) - now()))::int AS seconds_left)
  SELECT pair.attempts AS pair_attempts, pair.seconds_left AS pair_seconds_left,
         address.attempts AS address_attempts, address.seconds_left AS address_seconds_left,
         account.attempts AS account_attempts
    FROM pair LEFT JOIN address ON true LEFT JOIN account ON true;

-- SignInThrottleRepository.settle
WITH logged AS (
    INSERT INTO sign_in_attempt (email, ip_address, succeeded) VALUES ($1, $2, $3::boolean)
  ), forgotten AS (
    DELETE FROM sign_in_throttle WHERE $3::boolean AND scope = 'PAIR' AND subject = $1::varchar || ' ' || $2::varchar
  )
  UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0)
   WHERE $3::boolean AND ((scope = 'ADDRESS' AND subject = $2) OR (scope = 'ACCOUNT' AND subject = $1));
