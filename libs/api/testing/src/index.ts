export * from './test-database';
export * from './graphql-client';
export * from './builders';
export * from './builders-intake';
export * from './builders-activities';
export * from './builders-outcomes';
export * from './builders-timeline';
