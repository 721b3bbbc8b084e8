export * from './workbook-grid';
export * from './a1';
export * from './sheet-cells';
