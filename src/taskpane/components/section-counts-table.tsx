import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { SectionCounts } from '../../engine';
import { COUNT_RATINGS, useCountTableStyles } from './count-columns';
import { RatingLabel } from './rating-label';

/** RAG counts per section of the scorecard (General, Priority 1 ...). */
export function SectionCountsTable(props: { sections: SectionCounts[] }) {
  const styles = useCountTableStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label="Performance measures by section" data-testid="section-counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.wideLabelColumn}>Section</TableHeaderCell>
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
        {props.sections.map((s) => (
          <TableRow key={s.section}>
            <TableCell className={styles.label}>{s.section || '(no section)'}</TableCell>
            {COUNT_RATINGS.map((r) => (
              <TableCell key={r} className={styles.count}>
                {s.rag[r]}
              </TableCell>
            ))}
            <TableCell className={styles.count}>{s.rag.total}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
