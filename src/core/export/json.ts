/**
 * JSON: one file per article, the CLI's analysis with an `annotations` part
 * (the merged statements, the dismissed ones, the orphans and the sidecar
 * itself). JSONL: one statement a line across all articles, for datasets.
 */
import { annotate, exportStatements, outputBase, type ExportArticle, type ExportFile } from './article';

export function exportJson(articles: readonly ExportArticle[]): ExportFile[] {
  const used = new Set<string>();
  return articles.map(article => {
    const annotated = annotate(article);
    const content = {
      ...article.analysis,
      annotations: {
        statements: annotated.statements,
        dismissed: annotated.dismissed,
        orphans: annotated.orphans,
        sidecar: annotated.document,
      },
    };
    return { path: `${outputBase(article.name, used)}.json`, content: JSON.stringify(content, null, 2) + '\n' };
  });
}

export function exportJsonl(articles: readonly ExportArticle[]): ExportFile[] {
  const lines: string[] = [];
  for (const article of articles) {
    for (const row of exportStatements(article)) {
      const { orphanTarget, ...rest } = row;
      lines.push(JSON.stringify(orphanTarget ? { ...rest, orphanTarget } : rest));
    }
  }
  return [{ path: 'statements.jsonl', content: lines.map(l => l + '\n').join('') }];
}
