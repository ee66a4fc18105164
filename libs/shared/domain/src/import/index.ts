export * from './import-fields';
export * from './import-values';
