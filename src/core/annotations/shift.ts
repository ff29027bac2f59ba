/**
 * Keeping anchors on their words while the article is edited: each content
 * change (VS Code's `{rangeOffset, rangeLength, text}`, UTF-16, applied in
 * order) moves the anchors after it. An anchor whose words are touched becomes
 * an orphan; re-anchoring may revive it if its words come back.
 */
import type { AnnotationDocument, StatementAnnotation } from './model';

export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export interface LiveAnchor {
  start: number;
  end: number;
  orphan: boolean;
}

/** The anchor after one change. Orphans move as position hints only. */
export function shiftAnchor(anchor: LiveAnchor, change: TextChange): LiveAnchor {
  const { start, end } = anchor;
  const from = change.rangeOffset, to = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  // Entirely before the words (an insertion at their start goes before them).
  if (to <= start) {
    return { start: start + delta, end: end + delta, orphan: anchor.orphan };
  }
  // Entirely after the words (an insertion at their end goes after them).
  if (from >= end) return anchor;
  // The words themselves changed: keep only a position hint where they were.
  const hint = Math.min(start, from);
  return { start: hint, end: hint, orphan: true };
}

/**
 * Applies a batch of changes to every annotation of a document. Returns the
 * document with shifted positions (words, prefix and suffix are left as they
 * were: the next re-anchoring refreshes them) and the ids now orphaned.
 */
export function shiftDocument(
  doc: AnnotationDocument, orphans: ReadonlySet<string>, changes: readonly TextChange[],
): { document: AnnotationDocument; orphans: Set<string> } {
  const nextOrphans = new Set<string>();
  const statements = doc.statements.map((s: StatementAnnotation) => {
    let anchor: LiveAnchor = { start: s.target.start, end: s.target.end, orphan: orphans.has(s.id) };
    for (const change of changes) anchor = shiftAnchor(anchor, change);
    if (anchor.orphan) nextOrphans.add(s.id);
    if (anchor.start === s.target.start && anchor.end === s.target.end) return s;
    return { ...s, target: { ...s.target, start: anchor.start, end: anchor.end } };
  });
  return { document: { ...doc, statements }, orphans: nextOrphans };
}
