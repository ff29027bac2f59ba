import { shiftDocument, type AnnotationDocument, type TextChange } from '../../core/annotations';

/** One change a person made: the article's annotations before it, and what it was. */
export interface UndoStep {
  article: string;
  before: AnnotationDocument;
  label: string;
}

const MAX_STEPS = 200;

/** The annotation changes of every article, most recent last; documents are immutable, so a step is just the old one. */
export class UndoStack {
  private readonly steps: UndoStep[] = [];

  push(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > MAX_STEPS) this.steps.shift();
  }

  pop(): UndoStep | undefined {
    return this.steps.pop();
  }

  /** Labels, most recent first. */
  get labels(): string[] {
    return this.steps.map(s => s.label).reverse();
  }

  /** Moves the saved anchors of an article with an edit, so undoing after it lands on the right words. */
  shift(article: string, changes: readonly TextChange[]): void {
    for (const step of this.steps) {
      if (step.article === article) step.before = shiftDocument(step.before, new Set(), changes).document;
    }
  }
}
