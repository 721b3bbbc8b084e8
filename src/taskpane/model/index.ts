export * from './percent';
export * from './describe-rules';
export * from './findings';
export * from './override-form';
export * from './rules-file';
export * from './sheet-overview';
export * from './attention';
export * from './outcome';
