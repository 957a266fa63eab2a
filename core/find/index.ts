export * from './match';
export * from './places';
export * from './replace';
