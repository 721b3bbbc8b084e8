import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Rating, SectionCounts } from '../../engine';
import { RatingLabel } from './rating-label';

const RATINGS: Rating[] = ['red', 'amber', 'green', 'na'];

const useStyles = makeStyles({
  table: { width: '100%' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/** RAG counts per section of the scorecard (General, Priority 1 ...). */
export function SectionCountsTable(props: { sections: SectionCounts[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label="Performance measures by section" data-testid="section-counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Section</TableHeaderCell>
          {RATINGS.map((r) => (
            <TableHeaderCell key={r}>
              <RatingLabel rating={r} />
            </TableHeaderCell>
          ))}
          <TableHeaderCell>Total</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.sections.map((s) => (
          <TableRow key={s.section}>
            <TableCell>{s.section || '(no section)'}</TableCell>
            {RATINGS.map((r) => (
              <TableCell key={r} className={styles.number}>
                {s.rag[r]}
              </TableCell>
            ))}
            <TableCell className={styles.number}>{s.rag.total}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
