export * from './embedded-postgres';
export * from './data-dir-lock';
