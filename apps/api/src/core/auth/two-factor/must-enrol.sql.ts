/**
 * SQL: whether the user `u` (an `app_user` alias) must enrol in two-factor sign-in and has not: a director (or an
 * administrator attached to a structure) of a structure that requires it, without a confirmed TOTP. Read on every
 * request with the session (one statement), so turning the requirement on takes effect at once.
 */
export const MUST_ENROL_TWO_FACTOR_SQL = `(u.role IN ('DIRECTOR', 'ADMINISTRATOR')
           AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)
           AND NOT EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL))`;
