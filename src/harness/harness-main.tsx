import { createRoot } from 'react-dom/client';
import { createFakeOffice } from '../../test/support/fake-excel';
import { HarnessApp } from './harness-app';

// The adapter asks Office for requirement sets; the fake answers as Excel 365 does. No Office.js is loaded.
(globalThis as { Office?: unknown }).Office = createFakeOffice().office;

createRoot(document.getElementById('root') as HTMLElement).render(<HarnessApp />);
