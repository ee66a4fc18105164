export * from './catalogues';
export * from './figures';
export * from './indicators';
