/**
 * Offsets for consumers that count Unicode code points (Python tools: brat,
 * doccano; Label Studio since it fixed astral characters; W3C selectors)
 * instead of our UTF-16 code units. Only surrogate pairs differ, so we keep
 * just their positions and count those before an offset.
 */
export type OffsetConverter = (utf16Offset: number) => number;

export function codePointConverter(text: string): OffsetConverter {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { pairs.push(i); i++; }
    }
  }
  if (!pairs.length) return offset => offset;
  return offset => {
    // Pairs starting before offset - 1 are complete before it (an offset inside a pair counts the pair's start).
    let lo = 0, hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] + 1 < offset) lo = mid + 1; else hi = mid;
    }
    return offset - lo;
  };
}
