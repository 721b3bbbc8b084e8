import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MeasureOverride } from '../../engine';
import { EMPTY_OVERRIDE_FORM, validateOverrideForm, type OverrideFormErrors, type OverrideFormValues } from '../model';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  formError: { color: tokens.colorPaletteRedForeground1 },
});

export interface OverrideFormProps {
  /** Values to edit (an existing override), or the empty form. */
  initial: OverrideFormValues;
  /** Refs on the scorecard, offered as suggestions and used to warn about a typo. */
  knownRefs: string[];
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
  useEffect(() => {
    setValues(props.initial);
    setErrors({});
  }, [props.initial]);

  const set = <K extends keyof OverrideFormValues>(key: K, value: OverrideFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const state = (key: keyof OverrideFormErrors) => (errors[key] ? ('error' as const) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = validateOverrideForm(values, props.knownRefs);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (await props.onSubmit(result.ref, result.override, result.warning)) setValues(EMPTY_OVERRIDE_FORM);
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Measure override" noValidate data-testid="override-form">
      <Field label="Measure ref" required validationState={state('ref')} validationMessage={errors.ref} hint="For example P2.4">
        <Input value={values.ref} onChange={(_, d) => set('ref', d.value)} list={refsId} autoComplete="off" name="ref" />
      </Field>
      <datalist id={refsId}>
        {props.knownRefs.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <Field label="Polarity" validationState={state('polarity')} validationMessage={errors.polarity}>
        <Select value={values.polarity} onChange={(_, d) => set('polarity', d.value as OverrideFormValues['polarity'])} name="polarity">
          <option value="">As on the sheet</option>
          <option value="high">High is good</option>
          <option value="low">Low is good</option>
          <option value="none">None (not rated against a target)</option>
        </Select>
      </Field>
      <Field
        label="Target"
        validationState={state('target')}
        validationMessage={errors.target}
        hint="90%, 426, a range such as 400-450, or none; blank keeps the sheet's target"
      >
        <Input value={values.target} onChange={(_, d) => set('target', d.value)} name="target" />
      </Field>
      <Field
        label="Amber tolerance"
        validationState={state('amberTolerance')}
        validationMessage={errors.amberTolerance}
        hint="A fraction of the target: 0.1 is 10 %; blank keeps the global rule"
      >
        <Input value={values.amberTolerance} onChange={(_, d) => set('amberTolerance', d.value)} inputMode="decimal" name="amberTolerance" />
      </Field>
      <Field label="Frequency" validationState={state('frequency')} validationMessage={errors.frequency}>
        <Select value={values.frequency} onChange={(_, d) => set('frequency', d.value as OverrideFormValues['frequency'])} name="frequency">
          <option value="">Quarterly (the default)</option>
          <option value="quarterly">Quarterly</option>
          <option value="termly">Termly: may be blank in some quarters</option>
          <option value="annual">Annual: may be blank in some quarters</option>
        </Select>
      </Field>
      <Field validationState={state('exclude')} validationMessage={errors.exclude}>
        <Checkbox checked={values.exclude} onChange={(_, d) => set('exclude', d.checked === true)} label="Exclude from rating (always n/a)" name="exclude" />
      </Field>
      <Field label="Note" validationState={state('note')} validationMessage={errors.note} hint="Why the override exists, for whoever rates next">
        <Input value={values.note} onChange={(_, d) => set('note', d.value)} name="note" />
      </Field>
      {errors.form && (
        <Text role="alert" className={styles.formError}>
          {errors.form}
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={props.disabled}>
          Save override in workbook
        </Button>
        <Button type="button" onClick={() => (setValues(EMPTY_OVERRIDE_FORM), setErrors({}))} disabled={props.disabled}>
          Clear form
        </Button>
      </div>
    </form>
  );
}
