/**
 * A small strict JSON parser that reports WHERE the text is wrong (line and
 * column, 1-based) and remembers where each object and array began, so schema
 * errors can point at a line too. JSON.parse's error positions differ between
 * engines (Node, browsers), hence our own. Never throws out of `parseJson`.
 */

export interface TextPosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export type JsonParseResult =
  | { ok: true; value: unknown; positions: WeakMap<object, number> }
  | { ok: false; message: string; position: TextPosition };

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1, lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

const MAX_DEPTH = 512;

export function parseJson(text: string): JsonParseResult {
  const positions = new WeakMap<object, number>();
  let i = 0;

  const fail = (message: string, at = i): never => { throw new JsonSyntaxError(message, at); };
  const describe = (at: number) => at >= text.length ? 'end of file' : `'${text[at]}'`;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++; else break;
    }
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let runStart = i;
    while (true) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) { out += text.slice(runStart, i); i++; return out; }
      if (c < 0x20) fail('control character in string (a line break inside quotes?)');
      if (c === 92) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) { out += simple[e]; i += 2; }
        else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape in string');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else fail('bad escape in string');
        runStart = i;
        continue;
      }
      i++;
    }
  };

  const parseNumber = (): number => {
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r || r[0] === '-' || r[0] === '') fail(`unexpected ${describe(i)}`);
    i += r![0].length;
    return Number(r![0]);
  };

  const parseValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const c = text[i];
    if (c === '{') {
      const obj: Record<string, unknown> = {};
      positions.set(obj, i);
      i++; skipSpace();
      if (text[i] === '}') { i++; return obj; }
      while (true) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const key = parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describe(i)}`);
        i++;
        const value = parseValue(depth + 1);
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        fail(`expected ',' or '}' in object, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      const arr: unknown[] = [];
      positions.set(arr, i);
      i++; skipSpace();
      if (text[i] === ']') { i++; return arr; }
      while (true) {
        arr.push(parseValue(depth + 1));
        skipSpace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        fail(`expected ',' or ']' in array, found ${describe(i)}`);
      }
    }
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return value; }
    }
    return fail(`unexpected ${describe(i)}`);
  };

  try {
    // A UTF-8 byte order mark some editors add is not an error.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const value = parseValue(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, positions };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, position: positionAt(text, e.offset) };
    return { ok: false, message: String(e), position: positionAt(text, i) };
  }
}
