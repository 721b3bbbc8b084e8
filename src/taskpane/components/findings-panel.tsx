import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useState, type Ref } from 'react';
import type { Flag, RunReport, Severity } from '../../engine';
import { findingLocation, findingTarget, fitness, groupFindings, isLayoutGap, type FindingItem } from '../model';

const ICONS: Record<Severity, JSX.Element> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'break-word' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  nested: { listStyleType: 'none', margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, width: '100%', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
  where: { fontWeight: tokens.fontWeightSemibold },
});

function FindingButton(props: { flag: Flag; onSelect(flag: Flag): void; short?: boolean }) {
  const styles = useStyles();
  const f = props.flag;
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      icon={ICONS[f.severity]}
      disabled={!findingTarget(f)}
      onClick={() => props.onSelect(f)}
      data-testid="finding"
      data-cell={f.cell}
      data-sheet={f.sheet}
      data-code={f.code}
    >
      <span>
        <span className={styles.where}>
          {findingLocation(f)}
          {f.ref ? ` (${f.ref})` : ''}:
        </span>{' '}
        {f.message}
      </span>
    </Button>
  );
}

/** Several findings of one code as one line ("Missing figure on 46 measures") that opens to list them. */
function RepeatedFindings(props: { item: Extract<FindingItem, { kind: 'repeated' }>; severity: Severity; onSelect(flag: Flag): void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        appearance="subtle"
        className={styles.finding}
        icon={open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="finding-group"
        data-code={props.item.code}
      >
        <span>
          <span className={styles.where}>{props.item.title}</span>: {open ? 'select one to go to its cell' : 'show each'}
        </span>
      </Button>
      {open && (
        <ul className={styles.nested}>
          {props.item.flags.map((f, i) => (
            <li key={`${f.sheet}-${f.cell}-${i}`}>
              <FindingButton flag={f} onSelect={props.onSelect} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface FindingsPanelProps {
  report: RunReport;
  onSelect(flag: Flag): void;
  onMapColumns(): void;
  /** The headline, where the pane puts focus after Validate: the first finding is then one Tab away. */
  headlineRef?: Ref<HTMLDivElement>;
}

/** Validate's findings, fit-to-circulate first, grouped by severity, repeated codes folded; each finding selects its cell. */
export function FindingsPanel(props: FindingsPanelProps) {
  const styles = useStyles();
  const fit = fitness(props.report);
  const groups = groupFindings(props.report.flags);
  const gaps = props.report.flags.filter(isLayoutGap);
  return (
    <div className={styles.root} data-testid="findings">
      <MessageBar intent={fit.intent} layout="multiline" data-testid="fitness" ref={props.headlineRef} tabIndex={-1}>
        <MessageBarBody>
          <MessageBarTitle>{fit.title}</MessageBarTitle> {fit.detail}
        </MessageBarBody>
        {gaps.length > 0 && (
          <MessageBarActions>
            <Button size="small" onClick={props.onMapColumns}>
              Map columns
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {groups.map((g) => (
        <div key={g.severity} data-severity={g.severity}>
          <Subtitle2 as="h3">
            {g.title} ({g.flags.length})
          </Subtitle2>
          <ul className={styles.list}>
            {g.items.map((item, i) => (
              <li key={item.kind === 'single' ? `${item.flag.code}-${item.flag.sheet}-${item.flag.cell}-${i}` : `group-${item.code}`}>
                {item.kind === 'single' ? <FindingButton flag={item.flag} onSelect={props.onSelect} /> : <RepeatedFindings item={item} severity={g.severity} onSelect={props.onSelect} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {groups.length === 0 && <Text>No findings.</Text>}
    </div>
  );
}
