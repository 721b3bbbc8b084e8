export * from './count-ratings';
export * from './sheet-report';
export * from './local-time';
export * from './red-amber';
export * from './committee-tables';
export * from './checks-sheet';
