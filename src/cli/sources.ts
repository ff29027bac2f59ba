import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** `-` names standard input. */
export const STDIN = '-';
export const sourceName = (path: string) => (path === STDIN ? 'stdin' : path);

/** An input that cannot be used; the message names the problem, the caller names the source. */
export class SourceError extends Error {}

export interface Article {
  text: string;
  /** Something the user should know, e.g. that invalid bytes were replaced. */
  warning?: string;
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** A short reason for a failed read, e.g. "no such file (ENOENT)". */
export function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words = err.code ? ERRNO_WORDS[err.code] : undefined;
  return words ? `${words} (${err.code})` : String(err.message ?? e);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads one article file (or stdin) the way VS Code opens it, so that offsets agree
 * with `document.offsetAt`: a UTF-8 byte-order mark is dropped (VS Code drops it from
 * the document text too), UTF-16 with a byte-order mark is decoded as UTF-16, and
 * invalid UTF-8 is decoded with U+FFFD replacement characters and a warning.
 * A file with NUL bytes is not an article (a PDF, an image): it is refused.
 */
export async function readArticle(path: string): Promise<Article> {
  let bytes: Buffer;
  try {
    if (path === STDIN && process.stdin.isTTY) process.stderr.write('news-annotator: reading an article from the terminal; end it with Ctrl-D\n');
    bytes = path === STDIN ? await readAll(process.stdin) : await fs.promises.readFile(path);
  } catch (e) {
    throw new SourceError(`cannot read: ${describeIoError(e)}`);
  }
  return decodeArticle(bytes);
}

export function decodeArticle(bytes: Uint8Array): Article {
  try {
    return decode(bytes);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    // V8 caps a string near 512 M characters
    throw new SourceError(`cannot be analysed as one article (${bytes.length} bytes): ${(e as Error).message}`);
  }
}

function decode(bytes: Uint8Array): Article {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new SourceError(`looks like a binary file (NUL byte at byte ${nul}), not an article: skipped`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(body),
      warning: 'is not valid UTF-8: undecodable bytes were replaced by U+FFFD; offsets are into the replaced text',
    };
  }
}

/**
 * Yields the lines of a stream one at a time (without `\n` or `\r\n`), holding at most
 * one line and one chunk in memory. The stream is pulled, so a slow consumer slows the reader.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    let newline = piece.indexOf('\n');
    // Scan only the new piece, so a 10 MB line costs linear time.
    while (newline >= 0) {
      yield stripCR(pending + piece.slice(from, newline));
      pending = '';
      from = newline + 1;
      newline = piece.indexOf('\n', from);
    }
    pending += piece.slice(from);
  }
  pending += decoder.end();
  if (pending) yield stripCR(pending);
}

const stripCR = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** One line of a JSON-lines source, decoded; `warning` says what the user should know about it. */
export interface JsonlLine {
  text: string;
  warning?: string;
}

/**
 * Byte offset of the first ill-formed UTF-8 sequence in `bytes`, or -1 when it is all well
 * formed. Ill-formed as the WHATWG decoder (TextDecoder) judges it: a stray continuation byte,
 * a truncated sequence, an overlong form, a surrogate, or a code point past U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80, hi = 0xbf; // the range of the second byte
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      else if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      else if (c === 0xf4) hi = 0x8f; // past U+10FFFF
    } else return i;
    if (i + need >= n) return i;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/** Yields the byte lines of a stream (without the `\n`), holding at most one line and one chunk. */
async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let from = 0;
    let newline = chunk.indexOf(0x0a);
    while (newline >= 0) {
      pending.push(chunk.subarray(from, newline));
      yield pending.length === 1 ? pending[0] : Buffer.concat(pending);
      pending = [];
      from = newline + 1;
      newline = chunk.indexOf(0x0a, from);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) yield Buffer.concat(pending);
}

async function* buffersOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** The stream's first `count` bytes (fewer at its end), and the stream from there on. */
async function peek(stream: AsyncIterable<Buffer>, count: number): Promise<[Buffer, AsyncIterable<Buffer>]> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    length += r.value.length;
  }
  const first = Buffer.concat(head);
  async function* whole() {
    if (first.length) yield first;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return [first, whole()];
}

async function* utf16Lines(chunks: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<string> {
  // The decoder drops the byte-order mark and keeps a code unit or surrogate pair cut by a chunk.
  const decoder = new TextDecoder(encoding);
  async function* strings() {
    for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  }
  yield* readLines(strings());
}

/**
 * Opens a JSON-lines source for streaming, decoded as a text file is (see `readArticle`):
 * UTF-8, whose leading byte-order mark is dropped (JSON.parse refuses it), or UTF-16 with a
 * byte-order mark. A line with invalid UTF-8 is decoded with U+FFFD replacement characters
 * and carries a warning naming the first bad byte. A source whose first line holds a NUL byte
 * (UTF-16 without a byte-order mark, or a binary file) is refused. Holds one line and one chunk.
 */
export async function* readJsonlLines(path: string): AsyncGenerator<JsonlLine> {
  const stream = path === STDIN ? process.stdin : fs.createReadStream(path);
  try {
    const [head, chunks] = await peek(buffersOf(stream), 3);
    if (head[0] === 0xff && head[1] === 0xfe) {
      for await (const text of utf16Lines(chunks, 'utf-16le')) yield { text };
      return;
    }
    if (head[0] === 0xfe && head[1] === 0xff) {
      for await (const text of utf16Lines(chunks, 'utf-16be')) yield { text };
      return;
    }
    let first = true;
    let fileOffset = 0; // of the line's first byte
    for await (const raw of byteLines(chunks)) {
      const lineStart = fileOffset;
      fileOffset += raw.length + 1;
      let bytes = raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
      let skipped = 0;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
          bytes = bytes.subarray(3);
          skipped = 3;
        }
        const nul = bytes.indexOf(0);
        if (nul >= 0) {
          throw new SourceError(
            `has a NUL byte at byte ${nul + skipped}: UTF-16 without a byte-order mark, or a binary file, not JSON lines (UTF-8, or UTF-16 with a byte-order mark): skipped`,
          );
        }
      }
      if (isUtf8(bytes)) {
        yield { text: bytes.toString('utf8') };
        continue;
      }
      const bad = firstInvalidUtf8(bytes) + skipped;
      yield {
        text: new TextDecoder('utf-8').decode(bytes),
        warning: `is not valid UTF-8 (first at byte ${bad} of the line, ${lineStart + bad} of the file): undecodable bytes were replaced by U+FFFD; offsets are into the replaced text`,
      };
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(`cannot read: ${describeIoError(e)}`);
  } finally {
    if (path !== STDIN) (stream as fs.ReadStream).destroy();
  }
}
