import { Checkbox, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MeasureOverride } from '../../engine';
import { FormFooter } from './form-footer';
import { EMPTY_OVERRIDE_FORM, factsFor, validateOverrideForm, type MeasureFacts, type OverrideFormErrors, type OverrideFormValues } from '../model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  input: { minWidth: 0, maxWidth: '100%' },
  facts: { color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },
});

export interface OverrideFormProps {
  /** Values to edit (an existing override), or the empty form. */
  initial: OverrideFormValues;
  /** The scorecard's measures: their refs are offered (any case matches) and their own polarity and target shown. */
  measures: MeasureFacts[];
  disabled: boolean;
  /** Resolves true when saved, so the form can be emptied. */
  onSubmit(ref: string, override: MeasureOverride, warning?: string): Promise<boolean>;
}

/** A per-measure override, checked with the rules module's zod schema; messages appear next to their field. */
export function OverrideForm(props: OverrideFormProps) {
  const styles = useStyles();
  const [values, setValues] = useState<OverrideFormValues>(props.initial);
  const [errors, setErrors] = useState<OverrideFormErrors>({});
  const refsId = useId();
  const knownRefs = props.measures.map((m) => m.ref);
  const facts = factsFor(props.measures, values.ref);
  useEffect(() => {
    setValues(props.initial);
    setErrors({});
  }, [props.initial]);

  const set = <K extends keyof OverrideFormValues>(key: K, value: OverrideFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const state = (key: keyof OverrideFormErrors) => (errors[key] ? ('error' as const) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = validateOverrideForm(values, knownRefs);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (await props.onSubmit(result.ref, result.override, result.warning)) setValues(EMPTY_OVERRIDE_FORM);
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Measure override" noValidate data-testid="override-form">
      <Field label="Measure ref" required size="small" validationState={state('ref')} validationMessage={errors.ref} hint="For example P2.4 (any case)">
        <Input className={styles.input} size="small" value={values.ref} onChange={(_, d) => set('ref', d.value)} list={refsId} autoComplete="off" name="ref" />
      </Field>
      <datalist id={refsId}>
        {props.measures.map((m) => (
          <option key={`${m.sheet}-${m.ref}`} value={m.ref}>
            {m.measure}
          </option>
        ))}
      </datalist>
      <Text size={200} className={styles.facts} data-testid="sheet-facts">
        {facts
          ? `On the sheet: ${facts.measure || facts.ref}. Polarity ${facts.polarity ? `"${facts.polarity}"` : 'blank'}; target ${facts.target || 'none'}.`
          : values.ref.trim()
            ? 'No measure with this ref on the scorecard now.'
            : 'Pick a ref to see what the sheet says about it.'}
      </Text>
      <Field label="Polarity" size="small" validationState={state('polarity')} validationMessage={errors.polarity}>
        <Select className={styles.input} size="small" value={values.polarity} onChange={(_, d) => set('polarity', d.value as OverrideFormValues['polarity'])} name="polarity">
          <option value="">{facts ? `As on the sheet (${facts.polarity || 'blank'})` : 'As on the sheet'}</option>
          <option value="high">High is good</option>
          <option value="low">Low is good</option>
          <option value="none">None (not rated against a target)</option>
        </Select>
      </Field>
      <Field
        label="Target"
        size="small"
        validationState={state('target')}
        validationMessage={errors.target}
        hint={`90%, 426, a range such as 400-450, or none; blank keeps the sheet's target${facts ? ` (${facts.target || 'none'})` : ''}`}
      >
        <Input className={styles.input} size="small" value={values.target} onChange={(_, d) => set('target', d.value)} name="target" />
      </Field>
      <Field
        label="Amber tolerance"
        size="small"
        validationState={state('amberTolerance')}
        validationMessage={errors.amberTolerance}
        hint="A percentage of the target, such as 5%; blank keeps the global rule"
      >
        <Input className={styles.input} size="small" value={values.amberTolerance} onChange={(_, d) => set('amberTolerance', d.value)} inputMode="decimal" name="amberTolerance" />
      </Field>
      <Field label="Frequency" size="small" validationState={state('frequency')} validationMessage={errors.frequency}>
        <Select className={styles.input} size="small" value={values.frequency} onChange={(_, d) => set('frequency', d.value as OverrideFormValues['frequency'])} name="frequency">
          <option value="">Quarterly (default)</option>
          <option value="termly">Termly: may be blank in some quarters</option>
          <option value="annual">Annual: may be blank in some quarters</option>
        </Select>
      </Field>
      <Field validationState={state('exclude')} validationMessage={errors.exclude}>
        <Checkbox checked={values.exclude} onChange={(_, d) => set('exclude', d.checked === true)} label="Exclude from rating (always n/a)" name="exclude" />
      </Field>
      <Field label="Note" size="small" validationState={state('note')} validationMessage={errors.note} hint="Why the override exists, for whoever rates next">
        <Input className={styles.input} size="small" value={values.note} onChange={(_, d) => set('note', d.value)} name="note" />
      </Field>
      <FormFooter error={errors.form} save="Save override in workbook" reset="Clear form" onReset={() => (setValues(EMPTY_OVERRIDE_FORM), setErrors({}))} disabled={props.disabled} />
    </form>
  );
}
