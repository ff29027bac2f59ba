import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from '../../src/cli/sources';

/** The first offset at which the WHATWG decoder (fatal) refuses a prefix that a valid sequence could not extend. */
function decoderVerdict(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  // The first bad byte is where the longest valid prefix ends (and a complete sequence starts).
  let good = 0;
  for (let end = 1; end <= bytes.length; end++) if (isUtf8(bytes.subarray(0, end))) good = end;
  return good;
}

describe('firstInvalidUtf8 (the byte the jsonl reader names)', () => {
  it('names the first byte of each kind of ill-formed sequence', () => {
    const cases: [number[], number][] = [
      [[0x41, 0x42], -1],
      [[0xe2, 0x80, 0x9c, 0x41], -1], // “A
      [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
      [[0x41, 0x80], 1], // stray continuation
      [[0x41, 0xc3, 0x28], 1], // bad continuation
      [[0x41, 0xc3], 1], // truncated at the end
      [[0xc0, 0xaf], 0], // overlong
      [[0xe0, 0x80, 0xaf], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0x41, 0xff], 1],
    ];
    for (const [bytes, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at, Buffer.from(bytes).toString('hex'));
  });

  it('agrees with the WHATWG decoder on random bytes biased to multi-byte sequences', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
    const lead = [0x41, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xc0, 0xf5, 0xff];
    for (let n = 0; n < 3000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (random() % 9) }, (_, i) =>
        i % 3 === 0 ? lead[random() % lead.length] : 0x80 + (random() % 0x40) + (random() % 8 === 0 ? 0x40 : 0),
      );
      assert.equal(firstInvalidUtf8(bytes), decoderVerdict(bytes), Buffer.from(bytes).toString('hex'));
    }
  });
});
