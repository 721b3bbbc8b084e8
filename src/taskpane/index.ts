/** The task pane: React components over a PaneHost (src/host); composed with Excel in src/entries/taskpane.tsx. */
export { App, type AppProps } from './app';
