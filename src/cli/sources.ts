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

/** Opens a JSON-lines source for streaming; a leading UTF-8 BOM is dropped (JSON.parse refuses it). */
export async function* readJsonlLines(path: string): AsyncGenerator<string> {
  const stream = path === STDIN ? process.stdin : fs.createReadStream(path);
  let first = true;
  try {
    for await (const line of readLines(stream)) {
      yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
      first = false;
    }
  } catch (e) {
    throw new SourceError(`cannot read: ${describeIoError(e)}`);
  } finally {
    if (path !== STDIN) (stream as fs.ReadStream).destroy();
  }
}
