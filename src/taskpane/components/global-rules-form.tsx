import { Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { RuleSet } from '../../engine';
import { FormFooter } from './form-footer';
import { applyGlobalRules, globalRulesForm, type GlobalRulesErrors, type GlobalRulesValues } from '../model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  half: { flexGrow: 1, flexBasis: '100px', minWidth: 0 },
  input: { minWidth: 0, maxWidth: '100%' },
});

export interface GlobalRulesFormProps {
  rules: RuleSet;
  disabled: boolean;
  onSave(rules: RuleSet, what: string): Promise<boolean>;
}

/** The rules every measure shares: tolerances as percentages, the small-count range and the markers. */
export function GlobalRulesForm(props: GlobalRulesFormProps) {
  const styles = useStyles();
  const initial = useMemo(() => globalRulesForm(props.rules), [props.rules]);
  const [values, setValues] = useState<GlobalRulesValues>(initial);
  const [errors, setErrors] = useState<GlobalRulesErrors>({});
  useEffect(() => {
    setValues(initial);
    setErrors({});
  }, [initial]);
  const set = <K extends keyof GlobalRulesValues>(key: K, value: GlobalRulesValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const state = (key: keyof GlobalRulesErrors) => (errors[key] ? ('error' as const) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = applyGlobalRules(props.rules, values);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    await props.onSave(result.rules, 'The global rules were saved');
  }

  const percentField = (key: 'amberTolerance' | 'bandTolerance' | 'staticTolerance', label: string, hint: string) => (
    <Field label={label} size="small" validationState={state(key)} validationMessage={errors[key]} hint={hint}>
      <Input className={styles.input} size="small" value={values[key]} onChange={(_, d) => set(key, d.value)} name={key} inputMode="decimal" />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Global rules" noValidate data-testid="global-rules-form">
      {percentField('amberTolerance', 'Amber tolerance', 'Amber when a value misses its target by at most this much of the target, e.g. 10%')}
      {percentField('bandTolerance', 'Band tolerance', 'Amber when outside a target band by at most this much of the nearest edge')}
      {percentField('staticTolerance', 'Static direction', 'Direction is static (→) when the change is at most this much of last period')}
      <Checkbox
        checked={values.comparatorRescue}
        onChange={(_, d) => set('comparatorRescue', d.checked === true)}
        label="A missed target is amber, not red, when the value beats the national (else statistical neighbour) average"
        name="comparatorRescue"
      />
      <div className={styles.pair} role="group" aria-label="Disclosive small counts">
        <Field className={styles.half} label="Small counts from" size="small" validationState={state('smallCountMin')} validationMessage={errors.smallCountMin}>
          <Input className={styles.input} size="small" value={values.smallCountMin} onChange={(_, d) => set('smallCountMin', d.value)} inputMode="numeric" name="smallCountMin" />
        </Field>
        <Field className={styles.half} label="to" size="small" validationState={state('smallCountMax')} validationMessage={errors.smallCountMax}>
          <Input className={styles.input} size="small" value={values.smallCountMax} onChange={(_, d) => set('smallCountMax', d.value)} inputMode="numeric" name="smallCountMax" />
        </Field>
      </div>
      <Field label="Read as suppressed" size="small" validationState={state('suppressed')} validationMessage={errors.suppressed} hint="Cell texts, separated by commas">
        <Textarea className={styles.input} size="small" resize="vertical" value={values.suppressed} onChange={(_, d) => set('suppressed', d.value)} name="suppressed" />
      </Field>
      <Field label="Read as missing" size="small" validationState={state('missing')} validationMessage={errors.missing} hint="Cell texts, separated by commas; blank means an empty cell">
        <Textarea className={styles.input} size="small" resize="vertical" value={values.missing} onChange={(_, d) => set('missing', d.value)} name="missing" />
      </Field>
      <FormFooter error={errors.form} save="Save global rules" reset="Undo changes" onReset={() => (setValues(initial), setErrors({}))} disabled={props.disabled} />
    </form>
  );
}
