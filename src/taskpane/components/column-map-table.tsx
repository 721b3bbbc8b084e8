import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { ColumnMapRow } from '../model';

const useStyles = makeStyles({
  missing: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** The column map the recognition found, so a wrong guess is visible before anything is written. */
export function ColumnMapTable(props: { sheet: string; rows: ColumnMapRow[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={`Columns found on ${props.sheet}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Column</TableHeaderCell>
          <TableHeaderCell>Header found</TableHeaderCell>
          <TableHeaderCell>Cell</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={`${r.role}-${r.address}`}>
            <TableCell>{r.role}</TableCell>
            {r.address ? (
              <>
                <TableCell>{r.header || '(blank header)'}</TableCell>
                <TableCell>{r.address}</TableCell>
              </>
            ) : (
              <TableCell className={styles.missing} colSpan={2}>
                {r.note}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
