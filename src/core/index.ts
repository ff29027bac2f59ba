export * from './types';
export { analyze, findParagraphs, span } from './analyze';
