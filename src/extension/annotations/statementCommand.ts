import type { AnnotationDocument, StatementRef } from '../../core/annotations';
import type { Command } from '../commandManager';
import type { AnnotationServices } from './commandContext';
import { argsOf, noStatementMessage, resolveStatement, type AnnotationArgs, type StatementPart, type StatementTarget } from './statementTarget';

/** One undoable change to a statement's annotations. */
export interface AnnotationChange {
  /** What Undo reports, e.g. "tag claim". */
  label: string;
  apply: (doc: AnnotationDocument, text: string) => AnnotationDocument;
}

/**
 * A command on one statement: finds it (tree node, args, cursor or tree
 * selection; or says how to pick one), asks what to change, applies it.
 * Resolves to whether a change was made.
 */
export abstract class StatementAnnotationCommand implements Command {
  abstract readonly id: string;

  constructor(protected readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<boolean> {
    const target = await resolveStatement(this.services.store, this.services.tree, arg);
    if (!target) {
      noStatementMessage();
      return false;
    }
    const change = await this.changeFor(target, argsOf(arg));
    if (!change) return false;
    return this.services.annotations.edit(target.document, change.label, change.apply);
  }

  /** The change to make (asking the person unless `args` says), or undefined if there is none. */
  protected abstract changeFor(target: StatementTarget, args: AnnotationArgs): Promise<AnnotationChange | undefined>;
}

/** One change made to each of `parts` in turn (every part of an utterance), as one undoable step. */
export function onEachPart(
  parts: readonly StatementPart[], change: (doc: AnnotationDocument, text: string, ref: StatementRef) => AnnotationDocument,
): AnnotationChange['apply'] {
  return (doc, text) => parts.reduce((d, part) => change(d, text, part.ref), doc);
}

/** " (3 parts)" after an Undo label when a change went to every part of an utterance. */
export function partsSuffix(parts: readonly StatementPart[]): string {
  return parts.length > 1 ? ` (${parts.length} parts)` : '';
}
