import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { RunReport } from '../../engine';
import { measuresNeedingAttention } from '../model';
import { AttentionList } from './attention-list';
import { CountTables, SectionCountsTable } from './count-table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'break-word' },
});

const RULES_WORDS = { default: 'default rules', workbook: 'rules saved in the workbook', option: 'rules given for this run' } as const;

/** The committee report's two tables, the counts by section and the red / amber list, for each rated sheet. */
export function ResultsView(props: { report: RunReport; onSelect(sheet: string, address: string): void }) {
  const styles = useStyles();
  const rated = props.report.sheets.filter((s) => s.recognised && s.quarter);
  return (
    <div className={styles.root} data-testid="results">
      {rated.map((s) => (
        <div key={s.name} className={styles.root} data-testid="sheet-results" data-sheet={s.name}>
          <Text>
            <strong>{s.name}</strong>, {s.quarter?.label} (rated {new Date(props.report.ratedAt).toLocaleString('en-GB')}, {RULES_WORDS[props.report.rulesSource]})
          </Text>
          <CountTables rag={s.counts.rag} direction={s.counts.direction} />
          {s.bySection.length > 0 && (
            <>
              <Subtitle2 as="h3">By section</Subtitle2>
              <SectionCountsTable sections={s.bySection} />
            </>
          )}
        </div>
      ))}
      <Subtitle2 as="h3">Red and amber measures</Subtitle2>
      <AttentionList items={measuresNeedingAttention(rated)} onSelect={props.onSelect} />
    </div>
  );
}
