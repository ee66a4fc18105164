export * from './rows';
export * from './by-persons';
export * from './sql-snapshot';
