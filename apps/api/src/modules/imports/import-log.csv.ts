import { type CsvValue, formatInstantFr, IMPORT_OUTCOME_LABELS } from '@tremplin/domain';
import type { ImportLogEntity } from './import.entities';

/**
 * The import log as CSV (UTF-8 with BOM, `;`, formula-safe cells: `buildCsv`): a first block naming who imported which
 * file (name, SHA-256) and when, then one line per row of the file with its outcome, its changes and each problem.
 */
export function importLogCsv(log: ImportLogEntity): [string[], CsvValue[][]] {
  const who = log.importedBy ? `${log.importedBy.firstName} ${log.importedBy.lastName}` : 'compte supprimé';
  const header = ['Ligne', 'Résultat', 'Personne', 'Ajouts', 'Colonne', 'Message'];
  const rows: CsvValue[][] = [
    ['Fichier', log.fileName, '', '', '', ''],
    ['SHA-256', log.sha256, '', '', '', ''],
    ['Importé par', who, '', '', '', ''],
    ['Le', formatInstantFr(log.createdAt), '', '', '', ''],
    [
      'Lignes',
      `${log.createdCount} créée(s), ${log.completedCount} complétée(s), ${log.unchangedCount} inchangée(s), ${log.refusedCount} refusée(s)`,
      '',
      '',
      '',
      '',
    ],
  ];
  for (const r of log.rows) {
    const base = [r.line, IMPORT_OUTCOME_LABELS[r.outcome], r.name, r.changes.join(', ')];
    const remarks = [...r.problems, ...r.notes];
    if (!remarks.length) rows.push([...base, '', '']);
    for (const p of remarks) rows.push([...base, p.column, p.message]);
  }
  return [header, rows];
}

/** `import-2026-12-06-caseload.csv`: the day and the file's own name, safe for a header. */
export function importLogFileName(log: ImportLogEntity): string {
  const day = log.createdAt.toISOString().slice(0, 10);
  const base =
    log.fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .slice(0, 60) || 'fichier';
  return `journal-import-${day}-${base}.csv`;
}
