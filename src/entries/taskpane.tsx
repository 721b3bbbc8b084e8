import { createRoot } from 'react-dom/client';
import { createExcelPaneHost } from '../excel';
import { App } from '../taskpane';

// Entry of the task pane page: it composes the Office.js adapter (src/excel) with the pane (src/taskpane),
// so neither imports the other. Office.js (from Microsoft's CDN, see taskpane.html) calls back once Excel is ready.
Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={createExcelPaneHost()} />);
});
