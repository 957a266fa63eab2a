/** Public surface of the pure document engine (no Node, DOM or Electron imports). */
export * from './model/types';
export * from './model/text';
export * from './model/ids';
export { documentSchema, agencyProfileSchema, type AgencyProfile } from './model/schema';
export * from './numbering/numbering';
export * from './format/date';
export * from './format/number-code';
export * from './format/recipients';
export * from './format/signature';
export * from './format/appendix-reference';
export * from './rules/decree30';
export * from './file/errors';
export * from './file/document-file';
export { CURRENT_FORMAT_VERSION } from './file/migrations';
export * from './template/template';
export { writeDocx } from './docx/write-docx';
export * from './model/flat-body';
export * from './host/contract';
