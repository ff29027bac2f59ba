import { newAnnotationId, type EditContext } from '../../core/annotations';
import type { ArticleStore } from '../articleStore';
import type { StatementsTree } from '../views/statementsTree';
import type { AnnotationStore } from './annotationStore';

/** What every annotation command needs, passed to its constructor. */
export interface AnnotationServices {
  store: ArticleStore;
  tree: StatementsTree;
  annotations: AnnotationStore;
}

/** The time and a fresh id for one change. */
export function editContext(): EditContext {
  return { now: new Date().toISOString(), newId: () => newAnnotationId() };
}
