/** Shared low-level DOCX reader (pure): safe package opening, XML tree, styles, numbering, body walk. */
export * from './errors';
export * from './limits';
export * from './xml';
export * from './package';
export * from './properties';
export * from './styles';
export * from './numbering';
export * from './body';
export * from './open';
