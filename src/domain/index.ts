export * from './evidence';
export * from './ids';
export * from './kinds';
export * from './locator';
export * from './predicates';
export * from './citations';
export * from './xrefs';
