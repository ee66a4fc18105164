/** Pure business rules of the pathway: dates, eligibility, PASS IAE, work situations, stages, exits, alerts. */
export * from './dates';
export * from './format-hours';
export * from './prescribers';
export * from './eligibility';
export * from './pass-iae';
export * from './work-situations';
export * from './tutoring';
export * from './stages';
export * from './exits';
export * from './certification';
export * from './alerts';
export * from './coaching';
export * from './retention-checks';
export * from './mission-hours';
export { textLength } from './wording';
