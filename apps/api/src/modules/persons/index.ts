/**
 * Public API of the persons module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Persons: the person record and the caseload.
 * Used by others: `PersonType`: the GraphQL type whose fields the other modules resolve. `CreatePersonInput`: the caseload import. `PersonAlerts`: the port the stages module provides the alerts through.
 */
export { PersonsModule } from './persons.module';
export { PersonAlerts } from './person-alerts.port';

// Services, types and functions other modules call.
export { PersonType } from './dto/person.type';
export { CreatePersonInput } from './dto/person.input';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - PersonEntity: relations of every module that holds person data
export { PersonEntity } from './person.entity';
