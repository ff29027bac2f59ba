export * from './model';
export { fnv1a64, articleHash } from './hash';
export { parseSidecar, type SidecarError, type SidecarParseResult } from './parse';
export { makeTarget, anchorTarget, reanchorDocument, editDistance, FUZZY_MIN_SIMILARITY, type AnchorMethod, type AnchorResult } from './anchor';
export { shiftAnchor, shiftDocument, type TextChange, type LiveAnchor } from './shift';
export { applyAnnotations, type AnnotatedStatement, type AnnotatedArticle } from './apply';
export * from './ops';
