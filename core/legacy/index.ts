/** Legacy Vietnamese encodings (TCVN3 / ABC, VNI Windows) to Unicode. */
export * from './tables';
export * from './convert';
