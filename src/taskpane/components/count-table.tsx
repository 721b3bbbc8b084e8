import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import type { Counts, SectionCounts } from '../../engine';
import { COUNT_RATINGS, useCountTableStyles } from './count-columns';
import { RatingLabel } from './rating-label';

interface CountRow {
  label: string;
  counts: Counts;
}

/** Red / Amber / Green / n/a / Total columns under a label column, one row per entry; colour always beside the word. */
function CountRowsTable(props: { title: string; rows: CountRow[]; size: 'small' | 'extra-small'; testId: string; strongTitle: boolean }) {
  const styles = useCountTableStyles();
  const id = useId();
  return (
    <Table size={props.size} className={styles.table} aria-labelledby={id} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell id={id} className={props.strongTitle ? styles.labelColumn : styles.wideLabelColumn}>
            {props.title}
          </TableHeaderCell>
          {COUNT_RATINGS.map((r) => (
            <TableHeaderCell key={r} className={styles.countColumn} button={{ className: styles.countHeader }}>
              <RatingLabel rating={r} />
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.countColumn} button={{ className: styles.countHeader }}>
            Total
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((row) => (
          <TableRow key={row.label}>
            <TableCell className={styles.label}>{row.label}</TableCell>
            {COUNT_RATINGS.map((r) => (
              <TableCell key={r} className={styles.count} data-count={r}>
                {row.counts[r]}
              </TableCell>
            ))}
            <TableCell className={styles.count} data-count="total">
              {row.counts.total}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * One of the committee report's summary tables:
 * `Performance Measures | Red | Amber | Green | n/a | Total` with a `This quarter` row.
 */
export function CountTable(props: { title: 'Performance Measures' | 'Direction of Travel'; counts: Counts; testId: string }) {
  return <CountRowsTable title={props.title} rows={[{ label: 'This quarter', counts: props.counts }]} size="small" testId={props.testId} strongTitle />;
}

/** RAG counts per section of the scorecard (General, Priority 1 ...). */
export function SectionCountsTable(props: { sections: SectionCounts[] }) {
  const rows = props.sections.map((s) => ({ label: s.section || '(no section)', counts: s.rag }));
  return <CountRowsTable title="Section" rows={rows} size="extra-small" testId="section-counts" strongTitle={false} />;
}
