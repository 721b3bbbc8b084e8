export * from './count-ratings';
export * from './sheet-report';
