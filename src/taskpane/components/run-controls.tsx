import { Button, Caption1, Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { BroomRegular, CheckmarkStarburstRegular, PlayRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { QuarterIndex } from '../../engine';
import { quarterLabel, type PaneAction, type ScorecardSheet } from '../model';

const BUSY_LABELS: Record<PaneAction, string> = {
  open: 'Reading the workbook…',
  rate: 'Rating this quarter…',
  validate: 'Checking the workbook…',
  clear: 'Clearing ratings…',
  rules: 'Saving rules in the workbook…',
  select: 'Selecting the cell…',
  accept: 'Saving the acceptance in the workbook…',
  circulate: 'Preparing the copy for circulation…',
  copy: 'Copying the tables…',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  picker: { flexGrow: 1, flexBasis: '120px', minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, maxWidth: '100%' },
  caption: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
});

export interface RunControlsProps {
  scorecards: ScorecardSheet[];
  sheet: string | undefined;
  quarter: QuarterIndex | undefined;
  busy: PaneAction | null;
  onSheetChange(sheet: string): void;
  onQuarterChange(quarter: QuarterIndex | undefined): void;
  onRate(): void;
  onValidate(): void;
  onClear(): void;
  /** What an action said (a confirmation or its outcome), shown right under the buttons. */
  children?: ReactNode;
}

/** The pane's compact header: which sheet and quarter, the three actions the ribbon also offers, and what they said. */
export function RunControls(props: RunControlsProps) {
  const styles = useStyles();
  const current = props.scorecards.find((s) => s.name === props.sheet) ?? props.scorecards[0];
  const disabled = props.busy !== null;
  const latest = current?.quarters.find((q) => q.index === current.defaultQuarter);
  const chosen = props.quarter === undefined ? latest : current?.quarters.find((q) => q.index === props.quarter);
  // The picker's own text is cut short in a narrow pane, so what will be rated is also said in full below it.
  const willRate = chosen ? `Will rate ${quarterLabel(chosen)}${props.quarter === undefined ? ', the latest with figures' : ''}` : 'No quarter has figures yet';
  return (
    <section className={styles.root} aria-label="Rate and check">
      <div className={styles.pickers}>
        {props.scorecards.length > 1 && (
          <Field label="Scorecard sheet" className={styles.picker} size="small">
            <Select className={styles.select} size="small" value={current?.name ?? ''} onChange={(_, d) => props.onSheetChange(d.value)} disabled={disabled}>
              {props.scorecards.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Quarter to rate" className={styles.picker} size="small">
          <Select
            className={styles.select}
            size="small"
            data-testid="quarter-picker"
            value={props.quarter === undefined ? '' : String(props.quarter)}
            disabled={disabled || !current}
            onChange={(_, d) => props.onQuarterChange(d.value === '' ? undefined : (Number(d.value) as QuarterIndex))}
          >
            <option value="">{current ? 'Latest with figures' : 'No scorecard sheet found'}</option>
            {(current?.quarters ?? []).map((q) => (
              <option key={q.index} value={String(q.index)}>
                {quarterLabel(q)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {current && (
        <Caption1 className={styles.caption} data-testid="sheet-caption">
          {willRate}. {current.name}: {current.measureCount} measure{current.measureCount === 1 ? '' : 's'} in {current.sections} section
          {current.sections === 1 ? '' : 's'}
          {current.year ? `, ${current.year}` : ''}.
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button className={styles.button} size="small" appearance="primary" icon={<PlayRegular />} onClick={props.onRate} disabled={disabled || !current}>
          Rate this quarter
        </Button>
        <Button className={styles.button} size="small" icon={<CheckmarkStarburstRegular />} onClick={props.onValidate} disabled={disabled}>
          Validate
        </Button>
        <Button className={styles.button} size="small" icon={<BroomRegular />} onClick={props.onClear} disabled={disabled || !current}>
          Clear ratings
        </Button>
      </div>
      {props.busy && <Spinner size="tiny" labelPosition="after" label={BUSY_LABELS[props.busy]} data-testid="busy" />}
      {props.children}
    </section>
  );
}
