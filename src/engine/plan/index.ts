export * from './write-plan';
export * from './apply-plan-to-grid';
