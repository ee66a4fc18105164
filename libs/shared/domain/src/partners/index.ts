export * from './catalogues';
export * from './trainee-card';
