export * from './write-plan';
export * from './apply-plan-to-grid';
export * from './check-plan';
export * from './own-chart-name';
