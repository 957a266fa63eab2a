/** Leader review: approval steps, versions and content hash, compare, comment anchors, the register. */
export * from './steps';
export * from './content-hash';
export * from './versions';
export * from './tokens';
export { myersDiff, type Edit, type EditOp } from './myers';
export * from './diff';
export * from './anchors';
export * from './register';
export * from './workflow';
export * from './comment-ops';
export * from './carry-anchors';
export * from './word-comments';
