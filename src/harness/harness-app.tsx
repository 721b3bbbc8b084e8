import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { App } from '../taskpane/app';
import { createExcelPaneHost } from '../excel';
import { observedHost } from './observed-host';
import { SheetView } from './sheet-view';
import type { FakeOffice } from '../../test/support/fake-excel';
import { openSession, saveSession, sessionFile, type WorkbookSession } from './workbook-session';

/** Requirement sets as Excel 365 answers them (the fake Office global installed by harness-main). */
const supported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);

export const SAMPLE_URL = 'examples/scorecard-2018-19-q2.xlsx';

function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page: the task pane on the left running on the strict fake, the sheet it changes on the right. */
export function HarnessApp({ office }: { office: FakeOffice }) {
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState('Loading the sample workbook…');
  const [viewing, setViewing] = useState<string>('');
  const [, redraw] = useState(0);
  const sessionRef = useRef<WorkbookSession | null>(null);

  const refresh = useCallback(() => {
    // The view follows Excel's active sheet, as Excel's window does.
    const active = sessionRef.current?.fake.activeSheet();
    if (active) setViewing(active);
    redraw((n) => n + 1);
  }, []);

  const load = useCallback(async (data: ArrayBuffer, name: string) => {
    setStatus(`Opening ${name}…`);
    const result = await openSession(data, name);
    if (!result.ok) {
      setStatus(result.problem.message);
      return;
    }
    sessionRef.current = result.session;
    setSession(result.session);
    setGeneration((g) => g + 1);
    setViewing(result.session.fake.activeSheet() ?? result.session.original.sheets[0]?.name ?? '');
    setStatus(`Opened ${name}.`);
  }, []);

  const loadSample = useCallback(async () => {
    const res = await fetch(SAMPLE_URL);
    if (!res.ok) return setStatus(`The sample workbook could not be loaded (HTTP ${res.status}).`);
    await load(await res.arrayBuffer(), 'scorecard-2018-19-q2.xlsx');
  }, [load]);

  useEffect(() => {
    void loadSample();
  }, [loadSample]);

  // Office's document is the session's workbook as saved through the file adapter; a new workbook the pane opens is kept for download.
  useEffect(() => office.setDocument(session ? () => sessionFile(session) : null), [office, session]);
  const host = useMemo(
    () =>
      session
        ? observedHost(
            createExcelPaneHost({ run: session.fake.run, isSetSupported: supported }, () => ({ document: office.office.context.document, createWorkbook: (b) => office.createWorkbook(b) })),
            refresh,
          )
        : null,
    [session, refresh, office],
  );
  const created = office.createdWorkbooks.length;

  async function picked(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await load(await file.arrayBuffer(), file.name);
  }

  async function save() {
    if (!session) return;
    setStatus('Saving…');
    const result = await saveSession(session);
    if (!result.ok) return setStatus(result.problem.message);
    const name = session.name.replace(/(\.harness)?\.xlsx$/i, '') + '.harness.xlsx';
    download(name, result.bytes);
    setStatus(`Saved as ${name}.`);
  }

  function view(sheet: string) {
    setViewing(sheet);
    // Clicking a visible sheet's tab activates it in the fake, as clicking a tab in Excel does.
    const fake = session?.fake;
    const target = fake?.workbook.find(sheet);
    if (fake && target?.visibility === 'visible') {
      void fake
        .run(async (context) => {
          context.workbook.worksheets.getItem(sheet).activate();
          await context.sync();
        })
        .then(refresh);
    }
  }

  const grid = session?.fake.toGrid();
  return (
    <div className="harness">
      <header className="harness-bar">
        <h1>Scorecard Rater harness</h1>
        <button type="button" onClick={() => void loadSample()}>
          Load sample
        </button>
        <label className="file">
          <input type="file" accept=".xlsx" onChange={picked} data-testid="workbook-input" />
          <span>Open .xlsx…</span>
        </label>
        <button type="button" onClick={() => void save()} disabled={!session}>
          Save workbook
        </button>
        {created > 0 && (
          <button type="button" data-testid="created-workbook" onClick={() => download(`new-workbook-${created}.xlsx`, fromBase64(office.createdWorkbooks[created - 1]))}>
            Download the new workbook ({created})
          </button>
        )}
        <span className="harness-status" role="status" data-testid="harness-status">
          {status}
        </span>
      </header>
      <div className="harness-main">
        <div className="pane-frame" data-testid="pane">
          {host && <App key={generation} host={host} />}
        </div>
        {session && grid && (
          <SheetView
            grid={grid}
            viewing={viewing}
            active={session.fake.activeSheet()}
            selection={session.fake.selection(viewing)}
            onView={view}
          />
        )}
      </div>
    </div>
  );
}
