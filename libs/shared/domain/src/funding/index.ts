/** Funders, agreements, allocations (double-funding guard) and FSE+ participants (IAE-RULES §1.5, §4). */
export * from './funding-catalogues';
export * from './allocation-rules';
export * from './csv';
export * from './fse-participant-rules';
