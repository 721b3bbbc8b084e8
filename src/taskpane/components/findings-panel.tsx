import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useState, type Ref } from 'react';
import type { Flag, RunReport, Severity } from '../../engine';
import { acceptedFindings, canAccept, findingLocation, findingTarget, fitness, groupFindings, isLayoutGap, type FindingItem, type Outcome } from '../model';
import { AcceptForm } from './accept-form';
import { AcceptedList } from './accepted-list';
import { OutcomeBar } from './outcome-bar';

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
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  accept: { alignSelf: 'flex-start', minWidth: 0, marginInlineStart: tokens.spacingHorizontalXXL },
});

/** Accepting a finding: what the panel passes down to each line. */
interface AcceptProps {
  busy: boolean;
  onAccept(flag: Flag, note: string): Promise<boolean>;
}

/** A finding, then "Accept…" under it when it may be accepted, opening the note form in place. */
function FindingLine(props: { flag: Flag; onSelect(flag: Flag): void } & AcceptProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const f = props.flag;
  const label = `${findingLocation(f)}${f.ref ? ` (${f.ref})` : ''}`;
  return (
    <div className={styles.item}>
      <FindingButton flag={f} onSelect={props.onSelect} />
      {canAccept(f) &&
        (open ? (
          <AcceptForm label={label} busy={props.busy} onCancel={() => setOpen(false)} onAccept={async (note) => (await props.onAccept(f, note)) && (setOpen(false), true)} />
        ) : (
          <Button className={styles.accept} size="small" appearance="secondary" disabled={props.busy} onClick={() => setOpen(true)} aria-label={`Accept ${label} with a note`} data-testid="accept">
            Accept…
          </Button>
        ))}
    </div>
  );
}

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
function RepeatedFindings(props: { item: Extract<FindingItem, { kind: 'repeated' }>; severity: Severity; onSelect(flag: Flag): void } & AcceptProps) {
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
              <FindingLine flag={f} onSelect={props.onSelect} busy={props.busy} onAccept={props.onAccept} />
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
  busy: boolean;
  onAccept(flag: Flag, note: string): Promise<boolean>;
  onRevoke(flag: Flag): void;
  /** What the last Accept or Take back said, shown above the findings. */
  acceptOutcome: Outcome | null;
  /** Where focus goes after Accept or Take back (the form or the button is gone by then). */
  acceptRef?: Ref<HTMLDivElement>;
}

/** Validate's findings, fit-to-circulate first, grouped by severity, repeated codes folded; each finding selects its cell. */
export function FindingsPanel(props: FindingsPanelProps) {
  const styles = useStyles();
  const fit = fitness(props.report);
  const groups = groupFindings(props.report.flags);
  const gaps = props.report.flags.filter(isLayoutGap);
  const accepted = acceptedFindings(props.report.flags);
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
      <OutcomeBar outcome={props.acceptOutcome} testId="notice-accept" focusRef={props.acceptRef} />
      {groups.map((g) => (
        <div key={g.severity} data-severity={g.severity}>
          <Subtitle2 as="h3">
            {g.title} ({g.flags.length})
          </Subtitle2>
          <ul className={styles.list}>
            {g.items.map((item, i) => (
              <li key={item.kind === 'single' ? `${item.flag.code}-${item.flag.sheet}-${item.flag.cell}-${i}` : `group-${item.code}`}>
                {item.kind === 'single' ? (
                  <FindingLine flag={item.flag} onSelect={props.onSelect} busy={props.busy} onAccept={props.onAccept} />
                ) : (
                  <RepeatedFindings item={item} severity={g.severity} onSelect={props.onSelect} busy={props.busy} onAccept={props.onAccept} />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {groups.length === 0 && <Text>{accepted.length ? 'No other findings.' : 'No findings.'}</Text>}
      <AcceptedList flags={accepted} busy={props.busy} onRevoke={props.onRevoke} />
    </div>
  );
}
