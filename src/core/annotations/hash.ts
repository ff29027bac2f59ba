/**
 * FNV-1a 64-bit over the UTF-16 code units of a string (one step per unit),
 * as 16 hex digits. Pure JS (no node:crypto) so it runs in the browser too;
 * for ASCII text it equals byte-wise FNV-1a 64. Computed on four 16-bit limbs
 * so every intermediate stays well inside a double's exact integer range.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, limbs low to high.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply by the prime 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff; h1 = t1 & 0xffff; h2 = t2 & 0xffff; h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/** The last text hashed and its fingerprint: views, saves and exports ask again for the same version. */
let last: { text: string; hash: string } | undefined;

/**
 * The article fingerprint stored in a sidecar: `fnv1a64:<hex>`. Remembers the
 * last text it hashed, so asking again for the same text (the same version of
 * an article, even as a different string object) costs one comparison, not a
 * pass of the hash over every unit.
 */
export function articleHash(text: string): string {
  if (last && last.text.length === text.length && last.text === text) return last.hash;
  const hash = 'fnv1a64:' + fnv1a64(text);
  last = { text, hash };
  return hash;
}
