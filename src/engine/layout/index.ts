export * from './sheet-layout';
export * from './match-header';
export * from './read-bands';
export * from './recognise-sheet';
