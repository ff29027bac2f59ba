export * from './types';
export { analyze } from './analyze';
