import { Button, Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { BroomRegular, CheckmarkStarburstRegular, PlayRegular } from '@fluentui/react-icons';
import type { QuarterIndex } from '../../engine';
import type { PaneAction, ScorecardSheet } from '../model';

const BUSY_LABELS: Record<PaneAction, string> = {
  open: 'Reading the workbook…',
  rate: 'Rating this quarter…',
  validate: 'Checking the workbook…',
  clear: 'Clearing ratings…',
  rules: 'Saving rules in the workbook…',
  select: 'Selecting the cell…',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  picker: { flexGrow: 1, minWidth: '140px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
}

/** Which sheet and quarter to rate, and the three actions the ribbon also offers. */
export function RunControls(props: RunControlsProps) {
  const styles = useStyles();
  const current = props.scorecards.find((s) => s.name === props.sheet) ?? props.scorecards[0];
  const disabled = props.busy !== null;
  return (
    <section className={styles.root} aria-label="Rate">
      <div className={styles.pickers}>
        {props.scorecards.length > 1 && (
          <Field label="Scorecard sheet" className={styles.picker}>
            <Select value={current?.name ?? ''} onChange={(_, d) => props.onSheetChange(d.value)} disabled={disabled}>
              {props.scorecards.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Quarter to rate" className={styles.picker} hint={current ? undefined : 'No scorecard sheet found'}>
          <Select
            data-testid="quarter-picker"
            value={props.quarter === undefined ? '' : String(props.quarter)}
            disabled={disabled || !current}
            onChange={(_, d) => props.onQuarterChange(d.value === '' ? undefined : (Number(d.value) as QuarterIndex))}
          >
            <option value="">
              {current?.defaultQuarter
                ? `Latest with figures (${current.quarters.find((q) => q.index === current.defaultQuarter)?.label ?? `Quarter ${current.defaultQuarter}`})`
                : 'Latest with figures'}
            </option>
            {(current?.quarters ?? []).map((q) => (
              <option key={q.index} value={String(q.index)}>
                {q.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PlayRegular />} onClick={props.onRate} disabled={disabled || !current}>
          Rate this quarter
        </Button>
        <Button icon={<CheckmarkStarburstRegular />} onClick={props.onValidate} disabled={disabled}>
          Validate
        </Button>
        <Button icon={<BroomRegular />} onClick={props.onClear} disabled={disabled || !current}>
          Clear ratings
        </Button>
      </div>
      {props.busy && <Spinner size="tiny" labelPosition="after" label={BUSY_LABELS[props.busy]} data-testid="busy" />}
    </section>
  );
}
