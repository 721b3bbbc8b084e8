export * from './analyse-workbook';
export * from './own-sheets';
export * from './settings-sheet';
export * from './ledger';
export * from './plan-rating';
export * from './plan-clear';
export * from './acceptances';
