/** Funders, agreements, allocations (double-funding guard) and FSE+ participants (IAE-RULES §1.5, §4). */
export * from './funding-catalogues';
