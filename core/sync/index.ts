/** A VanBan document as a Yjs document: layout, conversion, the server's write guard and review moves. */
export * from './shape';
export * from './body-xml';
export * from './document-ydoc';
export * from './guard';
export * from './review-moves';
export * from './update-guard';
