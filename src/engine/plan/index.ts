export * from './write-plan';
export * from './apply-plan-to-grid';
export * from './check-plan';
