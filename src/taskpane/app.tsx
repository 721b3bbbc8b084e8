import { FluentProvider, makeStyles, Subtitle1, Tab, TabList, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { committeeTables, type Flag, type MeasureOverride, type QuarterIndex, type RuleSet, type RunReport } from '../engine';
import type { PaneHost, RunRequest } from '../host';
import {
  CirculationAction,
  ColumnMapEditor,
  ConfirmBar,
  CopyTables,
  FindingsPanel,
  OutcomeBar,
  PaletteContext,
  ResultsView,
  RulesPanel,
  RunControls,
  WorkbookOverviewView,
  type RulesArea,
} from './components';
import { copyToClipboard } from './copy-to-clipboard';
import { downloadText } from './download-text';
import {
  clearOutcome,
  describePlainIssues,
  failureOutcome,
  findingTarget,
  measureFacts,
  mergeOverviewReports,
  openOutcome,
  rateOutcome,
  ratingStyles,
  unexpectedOutcome,
  validateOutcome,
  withOverride,
  workbookOverview,
  type Outcome,
  type PaneAction,
} from './model';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    maxWidth: '100%',
    overflowWrap: 'break-word',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  tabs: { flexWrap: 'wrap', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: { minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

export interface AppProps {
  host: PaneHost;
  /** How a file is offered to the user; the browser download by default. */
  download?(fileName: string, text: string, mimeType: string): void;
  /** How "Copy tables" reaches the clipboard; the browser's by default. */
  copy?(content: { html: string; text: string }): Promise<'rich' | 'plain'>;
}

export type PaneTab = 'results' | 'checks' | 'rules' | 'columns';
const TABS: { value: PaneTab; label: string }[] = [
  { value: 'results', label: 'Results' },
  { value: 'checks', label: 'Checks' },
  { value: 'rules', label: 'Rules' },
  { value: 'columns', label: 'Columns' },
];

/** What the header says under its buttons: an action's outcome, or a question before an action. */
type HeaderNotice =
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'confirm'; title: string; message: string; confirm: string; run(): void };

/** Where focus goes once an action's result is on screen. */
type FocusTarget = 'results' | 'checks' | 'columns' | 'outcome' | 'confirm' | 'accept';

/**
 * The task pane: a compact header (sheet, quarter, Rate / Validate / Clear and what they said)
 * over four tabs. All Excel access goes through `host`, so the same component runs in Excel and in
 * the harness. After an action the view and the focus move to its result.
 */
export function App({ host, download = downloadText, copy = copyToClipboard }: AppProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<PaneAction | null>('open');
  const [notice, setNotice] = useState<HeaderNotice | null>(null);
  const [rulesNotice, setRulesNotice] = useState<{ area: RulesArea | 'columns'; outcome: Outcome } | null>(null);
  const [overviewReport, setOverviewReport] = useState<RunReport | null>(null);
  const [rated, setRated] = useState<RunReport | null>(null);
  const [checked, setChecked] = useState<RunReport | null>(null);
  const [rules, setRules] = useState<{ rules: RuleSet; source: 'default' | 'workbook' } | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [quarter, setQuarter] = useState<QuarterIndex | undefined>();
  const [tab, setTab] = useState<PaneTab>('results');
  const [focus, setFocus] = useState<{ target: FocusTarget } | null>(null);
  /** Why the workbook could not be read on open (no scorecard, a read failure), for the tabs to say instead of "Reading…". */
  const [unread, setUnread] = useState<Outcome | null>(null);
  /** What Accept / Take back, Prepare for circulation and Copy tables said, each shown beside its action. */
  const [acceptNotice, setAcceptNotice] = useState<Outcome | null>(null);
  const [circulateNotice, setCirculateNotice] = useState<Outcome | null>(null);
  const [copyNotice, setCopyNotice] = useState<Outcome | null>(null);
  const refs = {
    results: useRef<HTMLHeadingElement>(null),
    checks: useRef<HTMLDivElement>(null),
    columns: useRef<HTMLHeadingElement>(null),
    outcome: useRef<HTMLDivElement>(null),
    confirm: useRef<HTMLButtonElement>(null),
    accept: useRef<HTMLDivElement>(null),
  };

  const overview = useMemo(() => (overviewReport ? workbookOverview(overviewReport) : { scorecards: [], others: [] }), [overviewReport]);
  const facts = useMemo(() => measureFacts(overviewReport), [overviewReport]);
  const palette = useMemo(() => ratingStyles(rules?.rules.palette), [rules]);
  const request: RunRequest = { sheet, quarter };

  // Focus moves once the view it goes to has rendered (the refs are stable; the other values are
  // what renders it), then the request is done, so later updates never pull focus back.
  useEffect(() => {
    const el = focus && refs[focus.target].current;
    if (!el) return;
    el.focus();
    setFocus(null);
  }, [focus, tab, notice, checked, rated, acceptNotice]);
  const show = (target: FocusTarget, view?: PaneTab) => {
    if (view) setTab(view);
    setFocus({ target });
  };
  const say = (outcome: Outcome) => setNotice({ kind: 'outcome', outcome });

  /** Runs one host call with the spinner on; an exception becomes a readable outcome, never a blank pane. */
  const act = useCallback(async (action: PaneAction, work: () => Promise<void>) => {
    setBusy(action);
    try {
      await work();
    } catch (e) {
      setNotice({ kind: 'outcome', outcome: unexpectedOutcome(action, e) });
    } finally {
      setBusy(null);
    }
  }, []);

  /** Reads the workbook again (on open, and after the column map changed what recognition finds). */
  const recognise = useCallback(async () => {
    const r = await host.validate();
    if (!r.ok) {
      const failed = failureOutcome('open', r.problem);
      setUnread(failed);
      setNotice({ kind: 'outcome', outcome: failed });
      return null;
    }
    setUnread(null);
    setOverviewReport(r.report);
    setChecked(r.report);
    return r.report;
  }, [host]);

  useEffect(() => {
    void act('open', async () => {
      const report = await recognise();
      if (report) {
        const first = report.sheets.find((s) => s.recognised && s.quarter) ?? report.sheets.find((s) => s.recognised);
        setSheet(first?.name);
        setNotice({ kind: 'outcome', outcome: openOutcome(report) });
      }
      const r = await host.loadRules();
      if (r.ok) setRules({ rules: r.rules, source: r.source });
      else setNotice({ kind: 'outcome', outcome: failureOutcome('open', r.problem) });
    });
  }, [act, host, recognise]);

  const current = overview.scorecards.find((s) => s.name === sheet) ?? overview.scorecards[0];
  const picked = quarter ? current?.quarters.find((q) => q.index === quarter) : undefined;

  const rate = () =>
    act('rate', async () => {
      const r = await host.rate(request);
      if (!r.ok) {
        say(failureOutcome('rate', r.problem));
        return show('outcome');
      }
      setRated(r.report);
      setChecked(r.report);
      setOverviewReport((prev) => mergeOverviewReports(prev, r.report));
      say(rateOutcome(r.report, r.summarySheet));
      show('results', 'results');
    });

  const askThenRate = () => {
    if (picked && !picked.hasFigures) {
      setNotice({
        kind: 'confirm',
        title: `${picked.label} has no figures yet`,
        message: 'Rating it writes n/a for every measure, over the ratings there now. Rate it anyway?',
        confirm: 'Rate anyway',
        run: () => void rate(),
      });
      return show('confirm');
    }
    void rate();
  };

  const validate = () =>
    act('validate', async () => {
      const r = await host.validate(request);
      if (!r.ok) {
        say(failureOutcome('validate', r.problem));
        return show('outcome');
      }
      setChecked(r.report);
      setOverviewReport((prev) => mergeOverviewReports(prev, r.report));
      say(validateOutcome(r.report));
      show('checks', 'checks');
    });

  const clear = () =>
    act('clear', async () => {
      const r = await host.clear(request);
      if (!r.ok) say(failureOutcome('clear', r.problem));
      else {
        setRated(null);
        say(clearOutcome(r.cellsRestored));
      }
      show('outcome');
    });

  const askThenClear = () => {
    setNotice({
      kind: 'confirm',
      title: `Clear the ratings on "${current?.name ?? 'the scorecard'}"?`,
      message: 'This takes out the RAG and direction the add-in wrote, its fills and its summary sheet. Figures and comments stay.',
      confirm: 'Clear ratings now',
      run: () => void clear(),
    });
    show('confirm');
  };

  const select = (target: string, address: string) =>
    host
      .selectCell(target, address)
      .then((r) => {
        if (!r.ok) say(failureOutcome('select', r.problem));
      })
      .catch((e: unknown) => say(unexpectedOutcome('select', e)));

  const selectFinding = (flag: Flag) => {
    const t = findingTarget(flag);
    if (t) void select(t.sheet, t.address);
  };

  const mapColumns = () => show('columns', 'columns');

  const where = (flag: Flag) => `${flag.ref ? `${flag.ref} ` : ''}(${flag.sheet}${flag.cell ? ` ${flag.cell}` : ''})`;

  async function accept(flag: Flag, note: string): Promise<boolean> {
    let done = false;
    await act('accept', async () => {
      const r = await host.accept({ sheet: flag.sheet, cell: flag.cell, code: flag.code }, note);
      show('accept');
      if (!r.ok) return setAcceptNotice(failureOutcome('accept', r.problem));
      done = true;
      setChecked(r.report);
      // Validate's words in the header no longer hold: the Checks headline and the note beside the action say where things stand.
      setNotice(null);
      setAcceptNotice({
        intent: 'success',
        title: 'Accepted with your note',
        message: `${where(flag)} is accepted for its present value, and listed under Accepted. It lapses if the figure changes. Save the workbook to keep it.`,
      });
    });
    return done;
  }

  const revoke = (flag: Flag) =>
    act('accept', async () => {
      const r = await host.revokeAcceptance({ sheet: flag.sheet, cell: flag.cell, code: flag.code });
      show('accept');
      if (!r.ok) return setAcceptNotice(failureOutcome('accept', r.problem));
      setChecked(r.report);
      setNotice(null);
      setAcceptNotice({ intent: 'info', title: 'Acceptance taken back', message: `${where(flag)} counts again. Save the workbook to keep this.` });
    });

  const prepareCirculation = (suppressSmall: boolean) =>
    act('circulate', async () => {
      setCirculateNotice(null);
      const r = await host.prepareCirculation({ suppressSmall });
      setCirculateNotice(
        r.ok
          ? {
              intent: 'success',
              title: 'Circulation copy opened',
              message: `A new workbook opened with ${r.opened}${suppressSmall ? ', small counts shown as c' : ''}. Save it under its own name and circulate that one; this workbook was not changed.`,
            }
          : failureOutcome('circulate', r.problem),
      );
    });

  const copyTables = (suppressSmall: boolean) =>
    act('copy', async () => {
      if (!rated) return;
      setCopyNotice(null);
      try {
        const how = await copy(committeeTables(rated, { suppressSmall }));
        setCopyNotice({
          intent: 'success',
          title: 'Tables copied',
          message: `The two count tables and the red and amber measures are on the clipboard${how === 'rich' ? ' as a table' : ' as plain text (tab-separated)'}: paste them into the committee report.`,
        });
      } catch (e) {
        setCopyNotice({ intent: 'error', title: 'The tables were not copied', message: `The clipboard refused them (${e instanceof Error ? e.message : String(e)}). Click in the pane and try again.` });
      }
    });

  async function saveRules(next: RuleSet, what: string, area: RulesArea | 'columns', warning?: string): Promise<boolean> {
    let saved = false;
    await act('rules', async () => {
      const r = await host.saveRules(next);
      if (!r.ok) return setRulesNotice({ area, outcome: failureOutcome('rules', r.problem) });
      setRules({ rules: next, source: 'workbook' });
      saved = true;
      // A new column map changes what recognition finds: read the workbook again so the pane shows it.
      if (area === 'columns') await recognise();
      setRulesNotice({
        area,
        outcome: {
          intent: warning ? 'warning' : 'success',
          title: 'Rules saved in the workbook',
          message: `${what}. Rate this quarter to apply the rules${warning ? `. ${warning}` : '.'} Save the workbook to keep them.`,
        },
      });
    });
    return saved;
  }

  async function saveOverride(ref: string, override: MeasureOverride, warning?: string): Promise<boolean> {
    if (!rules) return false;
    const next = withOverride(rules.rules, ref, override);
    if (!next.ok) {
      setRulesNotice({ area: 'override', outcome: { intent: 'error', title: 'Rules were not saved', message: `${describePlainIssues(next.issues)}. Correct the override and save again.` } });
      return false;
    }
    return saveRules(next.rules, `The override for ${ref} was saved`, 'override', warning);
  }

  const noticeFor = (area: RulesArea | 'columns') =>
    rulesNotice?.area === area ? <OutcomeBar outcome={rulesNotice.outcome} testId={`notice-${area}`} /> : null;

  const reading = busy === 'open' ? 'Reading the workbook…' : unread ? `${unread.title}. ${unread.message}` : 'Nothing read yet: choose Validate.';

  return (
    <FluentProvider theme={webLightTheme}>
      <PaletteContext.Provider value={palette}>
        <main className={styles.root}>
          <Subtitle1 as="h1" className={styles.title}>
            Scorecard Rater
          </Subtitle1>
          <RunControls
            scorecards={overview.scorecards}
            sheet={sheet}
            quarter={quarter}
            busy={busy}
            onSheetChange={(s) => (setSheet(s), setQuarter(undefined))}
            onQuarterChange={setQuarter}
            onRate={askThenRate}
            onValidate={() => void validate()}
            onClear={askThenClear}
          >
            {notice?.kind === 'confirm' ? (
              <ConfirmBar
                title={notice.title}
                message={notice.message}
                confirm={notice.confirm}
                focusRef={refs.confirm}
                onConfirm={() => (setNotice(null), notice.run())}
                onCancel={() => setNotice(null)}
              />
            ) : (
              <OutcomeBar outcome={notice?.outcome ?? null} focusRef={refs.outcome} onMapColumns={mapColumns} />
            )}
          </RunControls>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)} size="small" aria-label="Views">
            {TABS.map((t) => (
              <Tab key={t.value} value={t.value} id={`tab-${t.value}`} className={styles.tab} aria-controls={`panel-${t.value}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel} data-testid={`panel-${tab}`}>
            {tab === 'results' && (
              <>
                <h2 className={styles.heading} tabIndex={-1} ref={refs.results}>
                  Results
                </h2>
                {rated ? (
                  <>
                    <CopyTables outcome={copyNotice} onCopy={(suppress) => void copyTables(suppress)} />
                    <ResultsView report={rated} onSelect={select} />
                  </>
                ) : (
                  <Text>Nothing rated yet in this session. Choose Rate this quarter.</Text>
                )}
              </>
            )}
            {tab === 'checks' && (
              <>
                <h2 className={styles.heading}>Checks</h2>
                {checked ? (
                  <>
                    <FindingsPanel
                      report={checked}
                      onSelect={selectFinding}
                      onMapColumns={mapColumns}
                      headlineRef={refs.checks}
                      busy={busy !== null}
                      onAccept={accept}
                      onRevoke={(f) => void revoke(f)}
                      acceptOutcome={acceptNotice}
                      acceptRef={refs.accept}
                    />
                    <CirculationAction busy={busy !== null} outcome={circulateNotice} onPrepare={(s) => void prepareCirculation(s)} />
                  </>
                ) : (
                  <Text>{busy === 'open' || unread ? reading : 'Choose Validate to check the workbook.'}</Text>
                )}
              </>
            )}
            {tab === 'rules' && (
              <>
                <h2 className={styles.heading}>Rules</h2>
                {rules ? (
                  <RulesPanel
                    rules={rules.rules}
                    source={rules.source}
                    measures={facts}
                    busy={busy !== null}
                    notice={noticeFor}
                    onSave={(next, what, area) => saveRules(next, what, area)}
                    onSaveOverride={saveOverride}
                    download={download}
                  />
                ) : (
                  <Text>{busy === 'open' ? 'Reading the rules…' : 'The rules could not be read: see the message above.'}</Text>
                )}
              </>
            )}
            {tab === 'columns' && (
              <>
                <h2 className={styles.heading} tabIndex={-1} ref={refs.columns}>
                  Columns
                </h2>
                {noticeFor('columns')}
                {overviewReport ? (
                  <WorkbookOverviewView
                    overview={overview}
                    columns={(s) =>
                      rules ? <ColumnMapEditor sheet={s} rules={rules.rules} busy={busy !== null} onSave={(next, what) => saveRules(next, what, 'columns')} /> : null
                    }
                  />
                ) : (
                  <Text>{reading}</Text>
                )}
              </>
            )}
          </div>
        </main>
      </PaletteContext.Provider>
    </FluentProvider>
  );
}
