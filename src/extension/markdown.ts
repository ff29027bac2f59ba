/**
 * Escapes text for a MarkdownString. (`appendText` would also turn every space
 * into `&nbsp;`, which keeps hovers and tooltips from wrapping.)
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/^(\s*)([-=]|\d+\.)/gm, '$1\\$2').replace(/\r?\n/g, '  \n');
}
