export * from './count-ratings';
