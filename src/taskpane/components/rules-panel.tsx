import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactNode } from 'react';
import type { MeasureOverride, RuleSet } from '../../engine';
import { describeOverrides, describeRules, EMPTY_OVERRIDE_FORM, formFromOverride, type MeasureFacts, type OverrideFormValues } from '../model';
import { GlobalRulesForm } from './global-rules-form';
import { OverrideForm } from './override-form';
import { RulesTransfer } from './rules-transfer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'break-word' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  changed: { fontWeight: tokens.fontWeightSemibold },
  override: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export interface RulesPanelProps {
  rules: RuleSet;
  source: 'default' | 'workbook';
  measures: MeasureFacts[];
  busy: boolean;
  /** What the last save said, shown beside the part of the panel that saved (`global`, `override`, `share`). */
  notice(area: RulesArea): ReactNode;
  /** Stores the whole rule set in the workbook; `what` says what changed, for the outcome message. */
  onSave(rules: RuleSet, what: string, area: RulesArea): Promise<boolean>;
  onSaveOverride(ref: string, override: MeasureOverride, warning?: string): Promise<boolean>;
  download(fileName: string, text: string, mimeType: string): void;
}

export type RulesArea = 'global' | 'override' | 'share';

/** The active rules in plain words, the per-measure overrides with a form to edit them, and import / export. */
export function RulesPanel(props: RulesPanelProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<OverrideFormValues>(EMPTY_OVERRIDE_FORM);
  const lines = useMemo(() => describeRules(props.rules), [props.rules]);
  const overrides = useMemo(() => describeOverrides(props.rules), [props.rules]);

  async function remove(ref: string) {
    const measures = { ...props.rules.measures };
    delete measures[ref];
    await props.onSave({ ...props.rules, measures }, `The override for ${ref} was removed`, 'override');
  }

  return (
    <div className={styles.root} data-testid="rules">
      <Text>
        {props.source === 'workbook'
          ? 'These rules are stored in this workbook, so whoever opens it rates the same way.'
          : 'These are the default rules: nothing is stored in this workbook yet.'}
      </Text>
      <ul className={styles.list} aria-label="Active rules" data-testid="rule-lines">
        {lines.map((l) => (
          <li key={l.text}>
            {l.text}
            {l.changed && <span className={styles.changed}> (changed from the default)</span>}
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">Global rules</Subtitle2>
      <GlobalRulesForm rules={props.rules} disabled={props.busy} onSave={(next, what) => props.onSave(next, what, 'global')} />
      {props.notice('global')}
      <Subtitle2 as="h3">Measure overrides</Subtitle2>
      {overrides.length === 0 ? (
        <Text>No measure has an override.</Text>
      ) : (
        <ul className={styles.list} aria-label="Measure overrides" data-testid="override-lines">
          {overrides.map((o) => (
            <li key={o.ref} className={styles.override}>
              <span>
                <strong>{o.ref}</strong>: {o.text}
              </span>
              <Button
                size="small"
                appearance="subtle"
                icon={<EditRegular />}
                aria-label={`Edit the override for ${o.ref}`}
                onClick={() => setEditing(formFromOverride(o.ref, props.rules.measures[o.ref]))}
                disabled={props.busy}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Remove the override for ${o.ref}`}
                onClick={() => remove(o.ref)}
                disabled={props.busy}
              />
            </li>
          ))}
        </ul>
      )}
      <Subtitle2 as="h3">Add or change an override</Subtitle2>
      <OverrideForm initial={editing} measures={props.measures} disabled={props.busy} onSubmit={props.onSaveOverride} />
      {props.notice('override')}
      <Subtitle2 as="h3">Share rules</Subtitle2>
      <RulesTransfer
        rules={props.rules}
        disabled={props.busy}
        download={props.download}
        onImport={(rules, file) => props.onSave(rules, `The rules from ${file} were imported`, 'share')}
      />
      {props.notice('share')}
    </div>
  );
}
