/** Contrat de professionnalisation: catalogues and pure legal checks (IAE-RULES §1). */
export * from './contract-catalogues';
export * from './contract-rules';
