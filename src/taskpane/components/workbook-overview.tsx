import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ScorecardSheet, WorkbookOverview } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, overflowWrap: 'break-word' },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * Each scorecard sheet with what was recognised on it (and, from `columns`, its column map), and
 * the other sheets with the reason they were left alone.
 */
export function WorkbookOverviewView(props: { overview: WorkbookOverview; columns(sheet: ScorecardSheet): ReactNode }) {
  const styles = useStyles();
  const { scorecards, others } = props.overview;
  return (
    <div className={styles.root} data-testid="overview">
      {scorecards.length === 0 && <Text>No scorecard sheet was recognised in this workbook.</Text>}
      {scorecards.map((s) => {
        const quarter = s.quarters.find((q) => q.index === s.defaultQuarter);
        return (
          <div key={s.name} className={styles.sheet} data-testid="scorecard-sheet">
            <Subtitle2 as="h3">{s.name}</Subtitle2>
            <Text>
              {s.measureCount} measure{s.measureCount === 1 ? '' : 's'} in {s.sections} section{s.sections === 1 ? '' : 's'}
              {s.year ? `, ${s.year}` : ''}. Will rate <strong>{quarter?.label ?? 'no quarter (no figures found)'}</strong> unless you pick
              another quarter.
            </Text>
            {props.columns(s)}
          </div>
        );
      })}
      {others.length > 0 && (
        <div className={styles.sheet}>
          <Subtitle2 as="h3">Other sheets (left untouched)</Subtitle2>
          <ul className={styles.list} data-testid="other-sheets">
            {others.map((o) => (
              <li key={o.name}>
                <strong>{o.name}</strong>: {o.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
