import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Counts, Rating } from '../../engine';
import { RatingLabel } from './rating-label';

const RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  first: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * One of the committee report's summary tables:
 * `Performance Measures | Red | Amber | Green | n/a | Total` with a `This quarter` row.
 */
export function CountTable(props: { title: 'Performance Measures' | 'Direction of Travel'; counts: Counts; rowLabel?: string; testId?: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <Table size="small" className={styles.table} aria-labelledby={id} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell id={id} className={styles.first}>
            {props.title}
          </TableHeaderCell>
          {RATINGS.map((r) => (
            <TableHeaderCell key={r}>
              <RatingLabel rating={r} />
            </TableHeaderCell>
          ))}
          <TableHeaderCell>Total</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell>{props.rowLabel ?? 'This quarter'}</TableCell>
          {RATINGS.map((r) => (
            <TableCell key={r} className={styles.number} data-count={r}>
              {props.counts[r]}
            </TableCell>
          ))}
          <TableCell className={styles.number} data-count="total">
            {props.counts.total}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
