import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import type { Counts, SectionCounts } from '../../engine';
import { COUNT_RATINGS, useCountTableStyles } from './count-columns';
import { RatingLabel } from './rating-label';

/**
 * One of the committee report's summary tables (`Performance Measures | Red | Amber | Green | n/a | Total`
 * for this quarter), turned on its side so it fits a narrow pane: a row per rating, then the total.
 */
export function CountTable(props: { title: 'Performance Measures' | 'Direction of Travel'; counts: Counts; testId: string }) {
  const styles = useCountTableStyles();
  const id = useId();
  return (
    <Table size="extra-small" className={styles.table} aria-labelledby={id} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell id={id} className={styles.title}>
            {props.title}
          </TableHeaderCell>
          <TableHeaderCell className={styles.count}>
            <span aria-label="Count this quarter">No.</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {COUNT_RATINGS.map((r) => (
          <TableRow key={r}>
            <TableCell className={styles.label}>
              <RatingLabel rating={r} />
            </TableCell>
            <TableCell className={styles.count} data-count={r}>
              {props.counts[r]}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={styles.label}>Total</TableCell>
          <TableCell className={styles.count} data-count="total">
            {props.counts.total}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** The two count tables side by side where they fit. */
export function CountTables(props: { rag: Counts; direction: Counts }) {
  const styles = useCountTableStyles();
  return (
    <div className={styles.pair}>
      <CountTable title="Performance Measures" counts={props.rag} testId="rag-counts" />
      <CountTable title="Direction of Travel" counts={props.direction} testId="direction-counts" />
    </div>
  );
}

/** RAG counts per section of the scorecard (General, Priority 1 ...): the name, then its counts, wrapping as needed. */
export function SectionCountsTable(props: { sections: SectionCounts[] }) {
  const styles = useCountTableStyles();
  return (
    <ul className={styles.sections} data-testid="section-counts" aria-label="RAG counts by section">
      {props.sections.map((s) => (
        <li key={s.section}>
          <div className={styles.section}>{s.section || '(no section)'}</div>
          <div className={styles.chips}>
            {COUNT_RATINGS.map((r) => (
              <span key={r} className={styles.chip} data-count={r}>
                <RatingLabel rating={r} /> {s.rag[r]}
              </span>
            ))}
            <span className={styles.chip} data-count="total">
              Total {s.rag.total}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
