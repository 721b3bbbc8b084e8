export * from './write-plan';
