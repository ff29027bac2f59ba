/**
 * Reads a sidecar's text into an AnnotationDocument, or says precisely what is
 * wrong and where (line, column, field). Never throws: a broken sidecar must be
 * reported, never silently replaced.
 */
import type { SpeakerKind, StatementKind } from '../types';
import { parseJson, positionAt } from './json';
import {
  SIDECAR_FORMAT, SIDECAR_VERSION, SIDECAR_VERSIONS,
  type AnnotationDocument, type AnnotationOrigin, type SpeakerCorrection, type StatementAnnotation,
} from './model';

export interface SidecarError {
  /** What is wrong, naming the field when it is a schema problem. */
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** e.g. `statements[2].target.start`, when the problem is one field. */
  field?: string;
}

export type SidecarParseResult = { ok: true; document: AnnotationDocument } | { ok: false; error: SidecarError };

const KINDS: readonly StatementKind[] = ['direct', 'partial', 'indirect', 'pullquote'];
const ORIGINS: readonly AnnotationOrigin[] = ['extracted', 'added'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'group', 'unknown'];
const GENDERS: readonly unknown[] = ['female', 'male', null];

class SchemaError extends Error {
  constructor(readonly field: string, message: string, readonly at: object | undefined) { super(message); }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseSidecar(text: string): SidecarParseResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column } = parsed.position;
    return { ok: false, error: { message: `not valid JSON: ${parsed.message}`, line, column } };
  }
  try {
    return { ok: true, document: readDocument(parsed.value) };
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    const offset = e.at ? parsed.positions.get(e.at) ?? 0 : 0;
    const { line, column } = positionAt(text, offset);
    return { ok: false, error: { message: `${e.field}: ${e.message}`, line, column, field: e.field } };
  }
}

function readDocument(v: unknown): AnnotationDocument {
  if (!isObj(v)) throw new SchemaError('(root)', 'expected an object', isObjLike(v));
  if (v.format !== SIDECAR_FORMAT) throw new SchemaError('format', `expected "${SIDECAR_FORMAT}"`, v);
  if (!SIDECAR_VERSIONS.includes(v.version as number)) {
    throw new SchemaError('version', `expected ${SIDECAR_VERSIONS.join(' or ')} (this file may come from a newer News Annotator)`, v);
  }
  const article = v.article;
  if (!isObj(article)) throw new SchemaError('article', 'expected an object with "hash" and "length"', v);
  if (typeof article.hash !== 'string') throw new SchemaError('article.hash', 'expected a string', article);
  if (!isOffset(article.length)) throw new SchemaError('article.length', 'expected a non-negative integer', article);
  if (!Array.isArray(v.statements)) throw new SchemaError('statements', 'expected an array', v);
  const ids = new Set<string>();
  const statements = v.statements.map((s, i) => {
    const entry = readEntry(s, `statements[${i}]`, v.statements as unknown[]);
    if (ids.has(entry.id)) throw new SchemaError(`statements[${i}].id`, `duplicate id "${entry.id}"`, s as object);
    ids.add(entry.id);
    return entry;
  });
  const document: AnnotationDocument = { format: SIDECAR_FORMAT, version: v.version as 1 | 2, article: { hash: article.hash, length: article.length }, statements };
  if (v.speakers !== undefined) {
    if (v.version === 1) throw new SchemaError('speakers', `needs version ${SIDECAR_VERSION}`, v);
    if (!Array.isArray(v.speakers)) throw new SchemaError('speakers', 'expected an array', v);
    const names = new Set<string>();
    document.speakers = v.speakers.map((c, i) => {
      const correction = readCorrection(c, `speakers[${i}]`, v.speakers as unknown[]);
      const key = correction.name.toLowerCase();
      if (names.has(key)) throw new SchemaError(`speakers[${i}].name`, `"${correction.name}" is corrected twice`, c as object);
      names.add(key);
      return correction;
    });
  }
  return document;
}

function readCorrection(c: unknown, field: string, parent: unknown[]): SpeakerCorrection {
  if (!isObj(c)) throw new SchemaError(field, 'expected an object with name, kind or gender, modified', isObjLike(c) ?? parent);
  if (typeof c.name !== 'string' || !c.name.trim()) throw new SchemaError(`${field}.name`, 'expected a speaker\'s name', c);
  if (c.kind !== undefined && !SPEAKER_KINDS.includes(c.kind as SpeakerKind)) {
    throw new SchemaError(`${field}.kind`, `expected one of ${SPEAKER_KINDS.map(k => `"${k}"`).join(', ')}`, c);
  }
  if (c.gender !== undefined && !GENDERS.includes(c.gender)) throw new SchemaError(`${field}.gender`, 'expected "female", "male" or null', c);
  if (c.modified !== undefined && typeof c.modified !== 'string') throw new SchemaError(`${field}.modified`, 'expected a string', c);
  const correction: SpeakerCorrection = { name: c.name, modified: (c.modified as string | undefined) ?? '' };
  if (c.kind !== undefined) correction.kind = c.kind as SpeakerKind;
  if (c.gender !== undefined) correction.gender = c.gender as 'female' | 'male' | null;
  return correction;
}

function isObjLike(v: unknown): object | undefined {
  return typeof v === 'object' && v !== null ? v : undefined;
}

function readEntry(s: unknown, field: string, parent: unknown[]): StatementAnnotation {
  if (!isObj(s)) throw new SchemaError(field, 'expected an object', isObjLike(s) ?? parent);
  const str = (key: string, optional: boolean): string | undefined => {
    const value = s[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') throw new SchemaError(`${field}.${key}`, 'expected a string', s);
    return value;
  };
  const id = str('id', false)!;
  if (!id) throw new SchemaError(`${field}.id`, 'must not be empty', s);
  const origin = s.origin;
  if (!ORIGINS.includes(origin as AnnotationOrigin)) {
    throw new SchemaError(`${field}.origin`, `expected one of ${ORIGINS.map(o => `"${o}"`).join(', ')}`, s);
  }
  const t = s.target;
  if (!isObj(t)) throw new SchemaError(`${field}.target`, 'expected an object with start, end, exact, prefix, suffix', s);
  if (!isOffset(t.start)) throw new SchemaError(`${field}.target.start`, 'expected a non-negative integer', t);
  if (!isOffset(t.end)) throw new SchemaError(`${field}.target.end`, 'expected a non-negative integer', t);
  if (t.end < t.start) throw new SchemaError(`${field}.target.end`, 'must not be before target.start', t);
  for (const key of ['exact', 'prefix', 'suffix']) {
    if (typeof t[key] !== 'string') throw new SchemaError(`${field}.target.${key}`, 'expected a string', t);
  }
  const o = s.original;
  if (o !== undefined) {
    if (!isObj(o)) throw new SchemaError(`${field}.original`, 'expected an object with exact, prefix, suffix', s);
    for (const key of ['exact', 'prefix', 'suffix']) {
      if (typeof o[key] !== 'string') throw new SchemaError(`${field}.original.${key}`, 'expected a string', o);
    }
  }
  const kind = s.kind;
  if (kind !== undefined && !KINDS.includes(kind as StatementKind)) {
    throw new SchemaError(`${field}.kind`, `expected one of ${KINDS.map(k => `"${k}"`).join(', ')}`, s);
  }
  const speaker = str('speaker', true);
  const tags = s.tags ?? [];
  if (!Array.isArray(tags) || tags.some(tag => typeof tag !== 'string')) {
    throw new SchemaError(`${field}.tags`, 'expected an array of strings', s);
  }
  const note = str('note', true);
  if (s.dismissed !== undefined && typeof s.dismissed !== 'boolean') {
    throw new SchemaError(`${field}.dismissed`, 'expected true or false', s);
  }
  const created = str('created', true) ?? '';
  const modified = str('modified', true) ?? created;
  const entry: StatementAnnotation = {
    id,
    origin: origin as AnnotationOrigin,
    target: { start: t.start, end: t.end, exact: t.exact as string, prefix: t.prefix as string, suffix: t.suffix as string },
    tags: [...new Set(tags as string[])],
    created,
    modified,
  };
  if (isObj(o)) entry.original = { exact: o.exact as string, prefix: o.prefix as string, suffix: o.suffix as string };
  if (kind !== undefined) entry.kind = kind as StatementKind;
  if (speaker !== undefined) entry.speaker = speaker;
  if (note !== undefined) entry.note = note;
  if (s.dismissed) entry.dismissed = true;
  return entry;
}
