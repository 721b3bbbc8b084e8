import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useId } from 'react';
import type { Counts } from '../../engine';
import { COUNT_RATINGS, useCountTableStyles } from './count-columns';
import { RatingLabel } from './rating-label';

/**
 * One of the committee report's summary tables:
 * `Performance Measures | Red | Amber | Green | n/a | Total` with a `This quarter` row.
 */
export function CountTable(props: { title: 'Performance Measures' | 'Direction of Travel'; counts: Counts; rowLabel?: string; testId?: string }) {
  const styles = useCountTableStyles();
  const id = useId();
  return (
    <Table size="small" className={styles.table} aria-labelledby={id} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell id={id} className={styles.labelColumn}>
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
        <TableRow>
          <TableCell className={styles.label}>{props.rowLabel ?? 'This quarter'}</TableCell>
          {COUNT_RATINGS.map((r) => (
            <TableCell key={r} className={styles.count} data-count={r}>
              {props.counts[r]}
            </TableCell>
          ))}
          <TableCell className={styles.count} data-count="total">
            {props.counts.total}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
