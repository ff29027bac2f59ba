/**
 * doccano JSONL for a relation-extraction project: one article a line,
 * `entities` (Quote, Speaker, Cue with code-point offsets, as doccano counts
 * in Python) and `relations` (Said: speaker -> quote). The statements' kind,
 * tags and notes ride along as extra keys, which doccano keeps as metadata.
 */
import type { Span } from '../types';
import { exportStatements, placedStatements, type ExportArticle, type ExportFile } from './article';
import { codePointConverter } from './codepoints';

export function exportDoccano(articles: readonly ExportArticle[]): ExportFile[] {
  const lines: string[] = [];
  for (const article of articles) {
    const cp = codePointConverter(article.text);
    const entities: { id: number; label: string; start_offset: number; end_offset: number }[] = [];
    const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
    const statements: { quote_id: number; id: string; kind: string; speaker: string | null; tags: string[]; note: string | null }[] = [];
    const known = new Map<string, number>();
    const entity = (label: string, span: Span) => {
      const key = `${label}:${span.start}:${span.end}`;
      let id = known.get(key);
      if (id === undefined) {
        id = entities.length + 1;
        known.set(key, id);
        entities.push({ id, label, start_offset: cp(span.start), end_offset: cp(span.end) });
      }
      return id;
    };
    for (const s of placedStatements(exportStatements(article))) {
      const quote = entity('Quote', s.content);
      if (s.speakerMention) relations.push({ id: relations.length + 1, from_id: entity('Speaker', s.speakerMention), to_id: quote, type: 'Said' });
      if (s.cue) entity('Cue', s.cue);
      statements.push({ quote_id: quote, id: s.id, kind: s.kind, speaker: s.speaker, tags: s.tags, note: s.note });
    }
    lines.push(JSON.stringify({ text: article.text, entities, relations, file: article.name, statements }));
  }
  return [{ path: 'doccano.jsonl', content: lines.map(l => l + '\n').join('') }];
}
