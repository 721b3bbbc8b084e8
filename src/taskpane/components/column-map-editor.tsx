import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { ColumnKey, RuleSet } from '../../engine';
import { columnRoles, withColumn, type ColumnChoice, type ScorecardSheet } from '../model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  select: { minWidth: 0, maxWidth: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, maxWidth: '100%' },
});

export interface ColumnMapEditorProps {
  sheet: ScorecardSheet;
  rules: RuleSet;
  busy: boolean;
  onSave(rules: RuleSet, what: string): Promise<boolean>;
}

const choiceText = (c: ColumnChoice) => (c.header ? `${c.letter}: ${c.header}` : `Column ${c.letter}`);

/** The letter a rules entry points at on this sheet: by header (any case) or by letter. */
function pointedLetter(pointer: string | undefined, choices: ColumnChoice[]): string {
  if (!pointer) return '';
  const p = pointer.trim().toLowerCase();
  return choices.find((c) => c.header.toLowerCase() === p)?.letter ?? choices.find((c) => c.letter.toLowerCase() === p)?.letter ?? '';
}

/**
 * The column map recognition found on a sheet, each role with a list of the sheet's columns to
 * point it elsewhere. Saved as the rules' `columns` (by header text where the column has one, so
 * it holds on other sheets too), which the command line reads from the workbook as well.
 */
export function ColumnMapEditor(props: ColumnMapEditorProps) {
  const styles = useStyles();
  const { sheet, rules } = props;
  const found = useMemo(() => new Map(sheet.columns.map((r) => [r.key, r])), [sheet.columns]);
  const initial = useMemo(
    () => Object.fromEntries(columnRoles().map((r) => [r.key, pointedLetter(rules.columns[r.key], sheet.choices)])) as Record<ColumnKey, string>,
    [rules.columns, sheet.choices],
  );
  const [picked, setPicked] = useState(initial);
  const [all, setAll] = useState(false);
  useEffect(() => setPicked(initial), [initial]);

  const roles = columnRoles().filter((r) => all || found.has(r.key) || initial[r.key]);
  const changed = columnRoles().filter((r) => picked[r.key] !== initial[r.key]);

  async function save() {
    let next = rules;
    for (const r of changed) next = withColumn(next, r.key, sheet.choices.find((c) => c.letter === picked[r.key]) ?? null);
    await props.onSave(next, `The column map for ${changed.map((r) => r.label).join(', ')} was saved`);
  }

  return (
    <form
      className={styles.form}
      aria-label={`Column map of ${sheet.name}`}
      data-testid="column-map"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {roles.map((r) => {
        const row = found.get(r.key);
        const letter = row?.address.replace(/\d+$/, '') ?? '';
        const pick = sheet.choices.find((c) => c.letter === picked[r.key]);
        // The select's own text is cut short in a narrow pane, so the hint says the whole of it.
        const hint = pick
          ? `Set to ${choiceText(pick)}${picked[r.key] === initial[r.key] ? ' in the rules' : ' (not saved yet)'}`
          : row?.address
            ? `Found: ${letter}, "${row.header.replace(/\s+/g, ' ').trim() || 'blank header'}"`
            : `Not found${row?.note ? `: ${row.note.replace(/^not found: /, '')}` : ''}`;
        return (
          <Field key={r.key} label={r.label} size="small" hint={hint}>
            <Select
              className={styles.select}
              size="small"
              value={picked[r.key]}
              onChange={(_, d) => setPicked((p) => ({ ...p, [r.key]: d.value }))}
              data-role={r.key}
              disabled={props.busy}
            >
              <option value="">{row?.address ? `As found (${letter})` : 'Not found'}</option>
              {sheet.choices.map((c) => (
                <option key={c.letter} value={c.letter}>
                  {choiceText(c)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Button className={styles.button} type="submit" size="small" appearance="primary" icon={<SaveRegular />} disabled={props.busy || changed.length === 0}>
          Save column map in workbook
        </Button>
        {!all && (
          <Button className={styles.button} size="small" onClick={() => setAll(true)}>
            Show every role
          </Button>
        )}
      </div>
    </form>
  );
}
