import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createOfficeHost } from './office-host';

// Entry of the task pane page: Office.js (from Microsoft's CDN, see taskpane.html) calls back once Excel is ready.
Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={createOfficeHost()} />);
});
