/**
 * Form fields built on React Aria Components, bound to react-hook-form. Every field has a visible
 * label, an optional hint, and its error next to it; ids are stable so the error summary can link to them.
 */
import { Controller, type Control, type FieldError as FormFieldError, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox, CheckboxGroup, FieldError, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fieldId } from './field-id';
import { formErrorText } from '../field-message';

export { fieldId };

interface Common<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

/** Label, hint and error: the same three lines above every input and radio group. */
function LabelHintError({ name, label, hint, error, legend }: { name: string; label: string; hint?: string; error?: FormFieldError; legend?: boolean }) {
  useTranslation();
  return (
    <>
      <Label className={legend ? 'legend' : undefined}>{label}</Label>
      {hint && <Text slot="description">{hint}</Text>}
      <FieldError className="field-error">{formErrorText(error, name)}</FieldError>
    </>
  );
}

export function TextInput<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  inputMode,
  autoComplete,
  maxLength,
}: Common<T> & { inputMode?: 'text' | 'numeric' | 'tel'; autoComplete?: string; maxLength?: number }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          className="field"
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <LabelHintError name={name} label={label} hint={hint} error={fieldState.error} />
          <Input id={fieldId(name)} ref={field.ref} inputMode={inputMode} autoComplete={autoComplete} maxLength={maxLength} spellCheck={false} />
        </TextField>
      )}
    />
  );
}

interface ChoiceProps<T extends FieldValues> extends Common<T> {
  options: { value: string; label: string; description?: string }[];
  onValueChange?: (v: string) => void;
  /** How the form stores the chosen value (strings by default). */
  toForm?: (v: string) => unknown;
  fromForm?: (v: unknown) => string | null;
}

const stringOrNull = (v: unknown) => (v === undefined || v === null ? null : String(v));

export function Choice<T extends FieldValues>({ control, name, label, hint, options, onValueChange, toForm = (v) => v, fromForm = stringOrNull }: ChoiceProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioGroup
          className="field choice"
          value={fromForm(field.value)}
          onChange={(v) => {
            field.onChange(toForm(v));
            onValueChange?.(v);
          }}
          name={field.name}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <LabelHintError name={name} label={label} hint={hint} error={fieldState.error} legend />
          {options.map((o, i) => (
            <Radio key={o.value} value={o.value} className="radio" {...(i === 0 ? { id: fieldId(name), inputRef: field.ref } : {})}>
              <span className="radio-mark" aria-hidden="true" />
              <span>
                {o.label}
                {o.description && <span className="radio-description">{o.description}</span>}
              </span>
            </Radio>
          ))}
        </RadioGroup>
      )}
    />
  );
}

/** Yes/no questions stored as booleans. */
export function YesNo<T extends FieldValues>({ yes, no, ...props }: Common<T> & { yes?: string; no?: string }) {
  const { t } = useTranslation();
  return (
    <Choice
      {...props}
      options={[
        { value: 'yes', label: yes ?? t('common.yes') },
        { value: 'no', label: no ?? t('common.no') },
      ]}
      toForm={(v) => v === 'yes'}
      fromForm={(v) => (v === undefined || v === null ? null : v ? 'yes' : 'no')}
    />
  );
}

export function Agree<T extends FieldValues>({ control, name, label }: Common<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="field">
          <Checkbox
            className="checkbox"
            isSelected={field.value === true}
            onChange={(v) => field.onChange(v ? true : undefined)}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
            id={fieldId(name)}
            inputRef={field.ref}
            aria-describedby={fieldState.error ? `${fieldId(name)}-error` : undefined}
          >
            <span className="checkbox-mark" aria-hidden="true" />
            <span>{label}</span>
          </Checkbox>
          {fieldState.error?.message && (
            <p className="field-error" id={`${fieldId(name)}-error`}>
              {formErrorText(fieldState.error, name)}
            </p>
          )}
        </div>
      )}
    />
  );
}

/** Any number of the options (none is an answer too), stored as the list of chosen values. */
export function Several<T extends FieldValues>({ control, name, label, hint, options }: Common<T> & { options: { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CheckboxGroup className="field choice" value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} name={field.name} isInvalid={fieldState.invalid} validationBehavior="aria">
          <LabelHintError name={name} label={label} hint={hint} error={fieldState.error} legend />
          {options.map((o, i) => (
            <Checkbox key={o.value} value={o.value} className="checkbox" {...(i === 0 ? { id: fieldId(name), inputRef: field.ref } : {})}>
              <span className="checkbox-mark" aria-hidden="true" />
              <span>{o.label}</span>
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
    />
  );
}
