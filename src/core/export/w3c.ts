/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection, one Annotation per
 * statement placed in the text, targeting the article with a
 * TextPositionSelector (code points, as the model counts characters) and a
 * TextQuoteSelector; speaker, kind and note as textual bodies, tags as
 * `tagging` bodies, the words first quoted (when the article was edited under
 * an annotation) as a `describing` body. A later part of an utterance quoted
 * in parts links to the annotation of the part before it with a `linking`
 * body (a SpecificResource whose source is that annotation's IRI).
 */
import { continuations, exportStatements, placedStatements, type ExportArticle, type ExportFile } from './article';
import { codePointConverter } from './codepoints';
import { contextAfter, contextBefore } from '../annotations/anchor';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody { type: 'TextualBody'; purpose: string; value: string; format: 'text/plain' }
interface LinkBody { type: 'SpecificResource'; purpose: 'linking'; source: string }

function body(purpose: string, value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

const annotationIri = (source: string, rowId: string) => `${source}#annotation-${encodeURIComponent(rowId)}`;

export function exportW3c(articles: readonly ExportArticle[]): ExportFile[] {
  const items: unknown[] = [];
  for (const article of articles) {
    const cp = codePointConverter(article.text);
    const source = article.uri ?? article.name;
    const placed = placedStatements(exportStatements(article));
    const goesOnFrom = new Map(continuations(placed).map(({ later, earlier }) => [later, earlier]));
    for (const r of placed) {
      const { start, end } = r.content;
      const bodies: (TextualBody | LinkBody)[] = [body('classifying', r.kind)];
      if (r.speaker) bodies.push(body('identifying', r.speaker));
      for (const tag of r.tags) bodies.push(body('tagging', tag));
      if (r.note) bodies.push(body('commenting', r.note));
      if (r.original) bodies.push(body('describing', r.original.exact));
      const earlier = goesOnFrom.get(r);
      if (earlier) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: annotationIri(source, earlier.id) });
      items.push({
        id: annotationIri(source, r.id),
        type: 'Annotation',
        motivation: r.tags.length ? 'tagging' : 'identifying',
        body: bodies,
        target: {
          source,
          selector: [
            { type: 'TextPositionSelector', start: cp(start), end: cp(end) },
            {
              type: 'TextQuoteSelector',
              exact: r.quote,
              prefix: contextBefore(article.text, start),
              suffix: contextAfter(article.text, end),
            },
          ],
        },
      });
    }
  }
  const collection = {
    '@context': W3C_CONTEXT,
    id: 'urn:news-annotator:annotations',
    type: 'AnnotationCollection',
    label: 'News Annotator statements',
    total: items.length,
    first: { id: 'urn:news-annotator:annotations:page1', type: 'AnnotationPage', startIndex: 0, items },
  };
  return [{ path: 'annotations.jsonld', content: JSON.stringify(collection, null, 2) + '\n' }];
}
