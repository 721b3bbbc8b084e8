export * from './parsed-value';
export * from './parse-value';
export * from './format-value';
