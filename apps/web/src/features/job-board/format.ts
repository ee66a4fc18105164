/** Contract kinds of a structure's own job offers (the API's JobContractKind), with their French labels. */
export const JOB_CONTRACT_OPTIONS = [
  { value: 'CDI', label: 'CDI' },
  { value: 'CDD', label: 'CDD' },
  { value: 'CDDI', label: 'CDDI (insertion)' },
  { value: 'INTERIM', label: 'Intérim' },
  { value: 'APPRENTISSAGE', label: 'Contrat d’apprentissage' },
  { value: 'PROFESSIONNALISATION', label: 'Contrat de professionnalisation' },
];

/** « Rouen (76000) », « Rouen », or « Lieu non précisé ». */
export function placeLabel(town: string | null | undefined, postalCode: string | null | undefined): string {
  if (town && postalCode) return `${town} (${postalCode})`;
  return town || postalCode || 'Lieu non précisé';
}
