/**
 * Label Studio JSON import: one task per article with `data.text` and a
 * prediction whose results are `labels` regions (Quote, Speaker, Cue), a
 * `relation` Said from speaker to quote, a `relation` Continues from a later
 * part of an utterance quoted in parts to the part before it, and per-region
 * `choices` for tags and `textarea` for notes. The words first quoted (when
 * the article was edited under an annotation) are the quote region's `meta`
 * text, which Label Studio shows with the region. Offsets in code points
 * (Label Studio stores those since it fixed astral characters).
 * LABEL_STUDIO_CONFIG is the labeling interface these names refer to.
 */
import type { Span } from '../types';
import { continuations, exportStatements, placedStatements, type ExportArticle, type ExportFile } from './article';
import { codePointConverter } from './codepoints';

export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
    <Label value="Quote"/>
    <Label value="Speaker"/>
    <Label value="Cue"/>
  </Labels>
  <Relations>
    <Relation value="Said"/>
    <Relation value="Continues"/>
  </Relations>
  <Text name="text" value="$text"/>
  <Choices name="tags" toName="text" perRegion="true" choice="multiple"/>
  <TextArea name="note" toName="text" perRegion="true"/>
</View>
`;

export function exportLabelStudio(articles: readonly ExportArticle[]): ExportFile[] {
  const tasks = articles.map(article => {
    const cp = codePointConverter(article.text);
    const result: Record<string, unknown>[] = [];
    const known = new Map<string, string>();
    const labelResults = new Map<string, Record<string, unknown>>();
    const region = (label: string, span: Span) => {
      const key = `${label}:${span.start}:${span.end}`;
      let id = known.get(key);
      if (!id) {
        id = `${label[0].toLowerCase()}${known.size + 1}`;
        known.set(key, id);
        const labelResult = {
          id, from_name: 'label', to_name: 'text', type: 'labels',
          value: { start: cp(span.start), end: cp(span.end), text: article.text.slice(span.start, span.end), labels: [label] },
        };
        labelResults.set(id, labelResult);
        result.push(labelResult);
      }
      return id;
    };
    const placed = placedStatements(exportStatements(article));
    for (const s of placed) {
      const quote = region('Quote', s.content);
      if (s.original) labelResults.get(quote)!.meta = { text: [`original: ${s.original.exact}`] };
      const position = { start: cp(s.content.start), end: cp(s.content.end) };
      if (s.tags.length) result.push({ id: quote, from_name: 'tags', to_name: 'text', type: 'choices', value: { ...position, choices: [...s.tags] } });
      if (s.note) result.push({ id: quote, from_name: 'note', to_name: 'text', type: 'textarea', value: { ...position, text: [s.note] } });
      if (s.speakerMention) {
        result.push({ from_id: region('Speaker', s.speakerMention), to_id: quote, type: 'relation', direction: 'right', labels: ['Said'] });
      }
      if (s.cue) region('Cue', s.cue);
    }
    for (const { later, earlier } of continuations(placed)) {
      const from = region('Quote', later.content), to = region('Quote', earlier.content);
      if (from !== to) result.push({ from_id: from, to_id: to, type: 'relation', direction: 'right', labels: ['Continues'] });
    }
    return { data: { text: article.text, file: article.name }, predictions: [{ model_version: 'news-annotator', result }] };
  });
  return [{ path: 'labelstudio.json', content: JSON.stringify(tasks, null, 2) + '\n' }];
}
