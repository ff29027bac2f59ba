/**
 * CSV for spreadsheets: one statement a row, RFC 4180 (CRLF, quotes doubled),
 * and cells that a spreadsheet would run as a formula neutralised with a
 * leading apostrophe (OWASP's advice against CSV injection). `original` holds
 * the words first quoted when the article was edited under an annotation. Columns added later come last,
 * so a sheet built on the earlier ones keeps working.
 */
import { exportStatements, type ExportArticle, type ExportFile } from './article';

export const CSV_COLUMNS = ['file', 'id', 'status', 'speaker', 'role', 'kind', 'quote', 'cue', 'tags', 'note', 'start', 'end', 'continues', 'original', 'speakerKind', 'gender'] as const;

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of CSV (RFC 4180: CRLF after each) for rows of cells. */
export function csvLines(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map(r => r.map(csvCell).join(',') + '\r\n').join('');
}

export function exportCsv(articles: readonly ExportArticle[]): ExportFile[] {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const article of articles) {
    for (const r of exportStatements(article)) {
      rows.push([
        r.file, r.id, r.status, r.speaker, r.role, r.kind, r.quote, r.cue?.text ?? null,
        r.tags.join('; '), r.note, r.content?.start ?? null, r.content?.end ?? null, r.continues,
        r.original?.exact ?? null, r.speakerKind, r.gender,
      ]);
    }
  }
  return [{ path: 'statements.csv', content: csvLines(rows) }];
}
