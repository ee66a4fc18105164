/**
 * Minutes a person attended at TRAINING collective sessions within a contract’s period: the SQL expression lives with
 * the contracts' statements (docs/adr/0011-repositories.md); re-exported here for the modules that embed it.
 */
export { attendedMinutesSql } from './contracts.repository';
