/** Every export format, by the name the CLI and the extension use. */
import type { ExportArticle, ExportFile } from './article';
import { exportBrat } from './brat';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano';
import { exportJson, exportJsonl } from './json';
import { exportLabelStudio } from './labelstudio';
import { exportSources } from './sources';
import { exportW3c } from './w3c';

export type { ExportArticle, ExportFile, ExportStatement } from './article';
export { exportStatements } from './article';
export { codePointConverter } from './codepoints';
export { LABEL_STUDIO_CONFIG } from './labelstudio';
export { describeSources, sourceReport, type Source, type SourceReport, type SourceTotals } from './sources';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'w3c' | 'brat' | 'doccano' | 'labelstudio' | 'sources';

export interface ExportFormatInfo {
  id: ExportFormat;
  label: string;
  description: string;
  run: (articles: readonly ExportArticle[]) => ExportFile[];
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'json', label: 'JSON', description: 'the full analysis plus annotations, one file per article', run: exportJson },
  { id: 'jsonl', label: 'JSONL', description: 'one statement a line, for datasets', run: exportJsonl },
  { id: 'csv', label: 'CSV', description: 'one statement a row, for spreadsheets', run: exportCsv },
  { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection', run: exportW3c },
  { id: 'brat', label: 'brat standoff', description: '.txt + .ann per article, for brat and INCEpTION', run: exportBrat },
  { id: 'doccano', label: 'doccano', description: 'JSONL import with entities and relations', run: exportDoccano },
  { id: 'labelstudio', label: 'Label Studio', description: 'JSON tasks with predictions', run: exportLabelStudio },
  { id: 'sources', label: 'Sources', description: 'whose voices are quoted: each source with its kind and gender, and each article\'s totals (CSV)', run: exportSources },
];

export function isExportFormat(s: string): s is ExportFormat {
  return EXPORT_FORMATS.some(f => f.id === s);
}

export function exportArticles(format: ExportFormat, articles: readonly ExportArticle[]): ExportFile[] {
  return EXPORT_FORMATS.find(f => f.id === format)!.run(articles);
}
