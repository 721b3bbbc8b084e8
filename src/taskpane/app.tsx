import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  makeStyles,
  Text,
  Title3,
  tokens,
  webLightTheme,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeRuleIssues, type Flag, type MeasureOverride, type QuarterIndex, type RuleSet, type RunReport } from '../engine';
import { FindingsPanel, OutcomeBar, ResultsView, RulesPanel, RunControls, WorkbookOverviewView } from './components';
import { downloadText } from './download-text';
import {
  clearOutcome,
  failureOutcome,
  mergeOverviewReports,
  findingTarget,
  rateOutcome,
  unexpectedOutcome,
  validateOutcome,
  withOverride,
  workbookOverview,
  type Outcome,
  type PaneAction,
} from './model';
import type { PaneHost, RunRequest } from '../host';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

export interface AppProps {
  host: PaneHost;
  /** How a file is offered to the user; the browser download by default. */
  download?(fileName: string, text: string, mimeType: string): void;
}

type Section = 'workbook' | 'results' | 'findings' | 'rules';

/** The task pane: all Excel access goes through `host`, so the same component runs in Excel and in the harness. */
export function App({ host, download = downloadText }: AppProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<PaneAction | null>('open');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [overviewReport, setOverviewReport] = useState<RunReport | null>(null);
  const [rated, setRated] = useState<RunReport | null>(null);
  const [checked, setChecked] = useState<RunReport | null>(null);
  const [rules, setRules] = useState<{ rules: RuleSet; source: 'default' | 'workbook' } | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [quarter, setQuarter] = useState<QuarterIndex | undefined>();
  const [openItems, setOpenItems] = useState<Section[]>(['workbook']);

  const overview = useMemo(() => (overviewReport ? workbookOverview(overviewReport) : { scorecards: [], others: [] }), [overviewReport]);
  const knownRefs = useMemo(
    () => [...new Set(overviewReport?.sheets.flatMap((s) => s.layout.measures.map((m) => m.ref)).filter(Boolean) ?? [])],
    [overviewReport],
  );
  const request: RunRequest = { sheet, quarter };
  const show = (section: Section) => setOpenItems((items) => (items.includes(section) ? items : [...items, section]));

  /** Runs one host call with the spinner on; an exception becomes a readable outcome, never a blank pane. */
  const act = useCallback(async (action: PaneAction, work: () => Promise<void>) => {
    setBusy(action);
    try {
      await work();
    } catch (e) {
      setOutcome(unexpectedOutcome(action, e));
    } finally {
      setBusy(null);
    }
  }, []);

  const loadRules = useCallback(async () => {
    const r = await host.loadRules();
    if (r.ok) setRules({ rules: r.rules, source: r.source });
    else setOutcome(failureOutcome('open', r.problem));
  }, [host]);

  useEffect(() => {
    void act('open', async () => {
      const r = await host.validate();
      if (r.ok) {
        setOverviewReport(r.report);
        setChecked(r.report);
        const first = r.report.sheets.find((s) => s.recognised && s.quarter) ?? r.report.sheets.find((s) => s.recognised);
        setSheet(first?.name);
        const n = r.report.sheets.filter((s) => s.recognised).length;
        setOutcome({
          intent: 'info',
          title: n ? `${n} scorecard sheet${n === 1 ? '' : 's'} found` : 'No scorecard sheet found',
          message: n
            ? 'Check the quarter and the columns found under Workbook, then choose Rate this quarter.'
            : 'A scorecard needs a header row with a Ref or Measure column and at least one quarter column such as "Qu 1 18-19".',
        });
      } else {
        setOutcome(failureOutcome('open', r.problem));
      }
      await loadRules();
    });
  }, [act, host, loadRules]);

  const rate = () =>
    act('rate', async () => {
      const r = await host.rate(request);
      if (!r.ok) return setOutcome(failureOutcome('rate', r.problem));
      setRated(r.report);
      setChecked(r.report);
      setOverviewReport((prev) => mergeOverviewReports(prev, r.report));
      setOutcome(rateOutcome(r.report, r.summarySheet));
      show('results');
    });

  const validate = () =>
    act('validate', async () => {
      const r = await host.validate(request);
      if (!r.ok) return setOutcome(failureOutcome('validate', r.problem));
      setChecked(r.report);
      setOverviewReport((prev) => mergeOverviewReports(prev, r.report));
      setOutcome(validateOutcome(r.report));
      show('findings');
    });

  const clear = () =>
    act('clear', async () => {
      const r = await host.clear(request);
      if (!r.ok) return setOutcome(failureOutcome('clear', r.problem));
      setRated(null);
      setOutcome(clearOutcome(r.cellsRestored));
    });

  const select = (target: string, address: string) =>
    host
      .selectCell(target, address)
      .then((r) => {
        if (!r.ok) setOutcome(failureOutcome('select', r.problem));
      })
      .catch((e: unknown) => setOutcome(unexpectedOutcome('select', e)));

  const selectFinding = (flag: Flag) => {
    const t = findingTarget(flag);
    if (t) void select(t.sheet, t.address);
  };

  async function saveRules(next: RuleSet, what: string, warning?: string): Promise<boolean> {
    let saved = false;
    await act('rules', async () => {
      const r = await host.saveRules(next);
      if (!r.ok) return setOutcome(failureOutcome('rules', r.problem));
      setRules({ rules: next, source: 'workbook' });
      saved = true;
      setOutcome({
        intent: warning ? 'warning' : 'success',
        title: 'Rules saved in the workbook',
        message: `${what}. Rate this quarter to apply the rules${warning ? `. ${warning}` : '.'} Save the workbook to keep them.`,
      });
    });
    return saved;
  }

  async function saveOverride(ref: string, override: MeasureOverride, warning?: string): Promise<boolean> {
    if (!rules) return false;
    const next = withOverride(rules.rules, ref, override);
    if (!next.ok) {
      setOutcome({ intent: 'error', title: 'Rules were not saved', message: `${describeRuleIssues(next.issues)}. Correct the override and save again.` });
      return false;
    }
    return saveRules(next.rules, `The override for ${ref} was saved`, warning);
  }

  const onToggle: AccordionToggleEventHandler<Section> = (_, data) => setOpenItems(data.openItems as Section[]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">Scorecard Rater</Title3>
        <RunControls
          scorecards={overview.scorecards}
          sheet={sheet}
          quarter={quarter}
          busy={busy}
          onSheetChange={(s) => (setSheet(s), setQuarter(undefined))}
          onQuarterChange={setQuarter}
          onRate={rate}
          onValidate={validate}
          onClear={clear}
        />
        <OutcomeBar outcome={outcome} />
        <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
          <AccordionItem value="results">
            <AccordionHeader as="h2">Results</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {rated ? <ResultsView report={rated} onSelect={select} /> : <Text>Nothing rated yet in this session. Choose Rate this quarter.</Text>}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="findings">
            <AccordionHeader as="h2">Findings</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {checked ? <FindingsPanel report={checked} onSelect={selectFinding} /> : <Text>Choose Validate to check the workbook.</Text>}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="workbook">
            <AccordionHeader as="h2">Workbook</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {overviewReport ? <WorkbookOverviewView overview={overview} /> : <Text>Reading the workbook…</Text>}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="rules">
            <AccordionHeader as="h2">Rules</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {rules ? (
                <RulesPanel
                  rules={rules.rules}
                  source={rules.source}
                  knownRefs={knownRefs}
                  busy={busy !== null}
                  onSave={(next, what) => saveRules(next, what)}
                  onSaveOverride={saveOverride}
                  download={download}
                />
              ) : (
                <Text>Reading the rules…</Text>
              )}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
