/**
 * Every change a person makes, as a pure function from one document to a new
 * one (the old one is never mutated), so Undo is a stack of documents.
 */
import type { SpeakerKind, StatementKind } from '../types';
import { makeTarget } from './anchor';
import type { AnnotationDocument, SpeakerCorrection, StatementAnnotation } from './model';

export interface EditContext {
  /** ISO 8601 time of the change. */
  now: string;
  /** A fresh, unique annotation id. */
  newId: () => string;
}

/** Which statement a change is about: its annotation id if it has one, else its words' range. */
export interface StatementRef {
  annotationId?: string | null;
  start: number;
  end: number;
}

/** A fresh id: time and randomness in base 36, e.g. `a-lx2k9f-3hq7`. */
export function newAnnotationId(now = Date.now(), random = Math.random): string {
  return `a-${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

export function findEntry(doc: AnnotationDocument, ref: StatementRef): StatementAnnotation | undefined {
  if (ref.annotationId) {
    const byId = doc.statements.find(s => s.id === ref.annotationId);
    if (byId) return byId;
  }
  return doc.statements.find(s => s.target.start === ref.start && s.target.end === ref.end);
}

/** An entry carrying nothing a person added: removing it loses nothing. */
function isEmpty(s: StatementAnnotation): boolean {
  return s.origin === 'extracted' && !s.tags.length && !s.note && s.speaker === undefined && s.kind === undefined && !s.dismissed;
}

/** Applies `change` to the statement's entry, creating it (for an extracted statement) if needed. */
function update(
  doc: AnnotationDocument, text: string, ref: StatementRef, ctx: EditContext,
  change: (entry: StatementAnnotation) => StatementAnnotation,
): AnnotationDocument {
  const existing = findEntry(doc, ref);
  const base: StatementAnnotation = existing ?? {
    id: ctx.newId(), origin: 'extracted', target: makeTarget(text, ref.start, ref.end), tags: [], created: ctx.now, modified: ctx.now,
  };
  const changed = { ...change({ ...base, tags: [...base.tags] }), modified: ctx.now };
  const statements = existing ? doc.statements.map(s => (s === existing ? changed : s)) : [...doc.statements, changed];
  return { ...doc, statements: statements.filter(s => !isEmpty(s)) };
}

export function addTags(doc: AnnotationDocument, text: string, ref: StatementRef, tags: readonly string[], ctx: EditContext): AnnotationDocument {
  const clean = tags.map(t => t.trim()).filter(Boolean);
  return update(doc, text, ref, ctx, e => ({ ...e, tags: [...new Set([...e.tags, ...clean])] }));
}

export function removeTags(doc: AnnotationDocument, text: string, ref: StatementRef, tags: readonly string[], ctx: EditContext): AnnotationDocument {
  if (!findEntry(doc, ref)) return doc;
  return update(doc, text, ref, ctx, e => ({ ...e, tags: e.tags.filter(t => !tags.includes(t)) }));
}

/** Corrects the speaker; null removes the correction (back to the extractor's). */
export function setSpeaker(doc: AnnotationDocument, text: string, ref: StatementRef, speaker: string | null, ctx: EditContext): AnnotationDocument {
  return update(doc, text, ref, ctx, e => {
    const { speaker: _old, ...rest } = e;
    const name = speaker?.trim();
    return name ? { ...rest, speaker: name } : rest;
  });
}

export function setKind(doc: AnnotationDocument, text: string, ref: StatementRef, kind: StatementKind, ctx: EditContext): AnnotationDocument {
  return update(doc, text, ref, ctx, e => ({ ...e, kind }));
}

/** Sets the note; an empty note removes it. */
export function setNote(doc: AnnotationDocument, text: string, ref: StatementRef, note: string, ctx: EditContext): AnnotationDocument {
  return update(doc, text, ref, ctx, e => {
    const { note: _old, ...rest } = e;
    return note.trim() ? { ...rest, note } : rest;
  });
}

export function dismissStatement(doc: AnnotationDocument, text: string, ref: StatementRef, ctx: EditContext): AnnotationDocument {
  return update(doc, text, ref, ctx, e => ({ ...e, dismissed: true }));
}

export function restoreStatement(doc: AnnotationDocument, text: string, ref: StatementRef, ctx: EditContext): AnnotationDocument {
  if (!findEntry(doc, ref)) return doc;
  return update(doc, text, ref, ctx, e => {
    const { dismissed: _old, ...rest } = e;
    return rest;
  });
}

/** A statement the extractor missed, on text[start, end). Returns the document and the new entry's id. */
export function addStatement(
  doc: AnnotationDocument, text: string, range: { start: number; end: number },
  fields: { kind: StatementKind; speaker?: string | null }, ctx: EditContext,
): { document: AnnotationDocument; id: string } {
  const entry: StatementAnnotation = {
    id: ctx.newId(), origin: 'added', target: makeTarget(text, range.start, range.end), kind: fields.kind,
    tags: [], created: ctx.now, modified: ctx.now,
  };
  const speaker = fields.speaker?.trim();
  if (speaker) entry.speaker = speaker;
  return { document: { ...doc, statements: [...doc.statements, entry] }, id: entry.id };
}

/** Deletes an entry outright (e.g. an orphan the person no longer wants). */
export function removeAnnotation(doc: AnnotationDocument, id: string): AnnotationDocument {
  return { ...doc, statements: doc.statements.filter(s => s.id !== id) };
}

/** What a correction of a speaker changes: `undefined` leaves a field as it is, `'reset'` goes back to the article's reading. */
export interface SpeakerChange {
  kind?: SpeakerKind | 'reset';
  gender?: 'female' | 'male' | null | 'reset';
}

/**
 * Corrects what the speaker called `name` is (matched without regard to case), for every statement of
 * theirs. A correction left with nothing to say is removed.
 */
export function correctSpeaker(doc: AnnotationDocument, name: string, change: SpeakerChange, ctx: EditContext): AnnotationDocument {
  const key = name.trim().toLowerCase();
  if (!key) return doc;
  const existing = doc.speakers?.find(c => c.name.toLowerCase() === key);
  const next: SpeakerCorrection = { ...(existing ?? { name: name.trim() }), modified: ctx.now };
  if (change.kind === 'reset') delete next.kind; else if (change.kind !== undefined) next.kind = change.kind;
  if (change.gender === 'reset') delete next.gender; else if (change.gender !== undefined) next.gender = change.gender;
  const others = (doc.speakers ?? []).filter(c => c !== existing);
  const empty = next.kind === undefined && next.gender === undefined;
  if (empty && !existing) return doc;
  return { ...doc, speakers: empty ? others : [...others, next] };
}

