/**
 * doccano JSONL for a relation-extraction project: one article a line,
 * `entities` (Quote, Speaker, Cue with code-point offsets, as doccano counts
 * in Python) and `relations` (Said: speaker -> quote; Continues: a later part
 * of an utterance quoted in parts -> the part before it). The statements'
 * kind, tags, notes and the words first quoted (`original`, when the article
 * was edited under an annotation) ride along as extra keys, which doccano
 * keeps as metadata.
 */
import type { Span } from '../types';
import type { AnnotationQuote } from '../annotations/model';
import { continuations, exportStatements, placedStatements, type ExportArticle, type ExportFile } from './article';
import { codePointConverter } from './codepoints';

export function exportDoccano(articles: readonly ExportArticle[]): ExportFile[] {
  const lines: string[] = [];
  for (const article of articles) {
    const cp = codePointConverter(article.text);
    const entities: { id: number; label: string; start_offset: number; end_offset: number }[] = [];
    const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
    const statements: {
      quote_id: number; id: string; kind: string; speaker: string | null; tags: string[]; note: string | null;
      original: AnnotationQuote | null;
    }[] = [];
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
    const placed = placedStatements(exportStatements(article));
    for (const s of placed) {
      const quote = entity('Quote', s.content);
      if (s.speakerMention) relations.push({ id: relations.length + 1, from_id: entity('Speaker', s.speakerMention), to_id: quote, type: 'Said' });
      if (s.cue) entity('Cue', s.cue);
      statements.push({ quote_id: quote, id: s.id, kind: s.kind, speaker: s.speaker, tags: s.tags, note: s.note, original: s.original });
    }
    for (const { later, earlier } of continuations(placed)) {
      const from = entity('Quote', later.content), to = entity('Quote', earlier.content);
      if (from !== to) relations.push({ id: relations.length + 1, from_id: from, to_id: to, type: 'Continues' });
    }
    lines.push(JSON.stringify({ text: article.text, entities, relations, file: article.name, statements }));
  }
  return [{ path: 'doccano.jsonl', content: lines.map(l => l + '\n').join('') }];
}
