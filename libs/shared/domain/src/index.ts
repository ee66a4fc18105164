export * from './roles';
export * from './kinds';
export * from './errors';
export * from './person-rules';
export * from './siret';
export * from './format';
export * from './pathway-records';
export * from './pathway';
