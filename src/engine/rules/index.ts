export * from './rule-set';
export * from './parse-rules';
export * from './vocabulary';
