import { createRoot } from 'react-dom/client';
import { createFakeOffice } from '../../test/support/fake-excel';
import { HarnessApp } from './harness-app';

// The adapter asks Office for requirement sets; the fake answers as Excel 365 does. No Office.js is loaded.
// Its document is the open session's workbook (set by the app); createWorkbook records the copies the pane opens.
const office = createFakeOffice();
(globalThis as { Office?: unknown }).Office = office.office;

createRoot(document.getElementById('root') as HTMLElement).render(<HarnessApp office={office} />);
