import type { JSX } from 'preact';
import { AdminNote } from './AdminNote';

/** A labelled <select> over a fixed list of string choices. */
export function SelectField<V extends string>(props: {
  label: string;
  name: string;
  value: V;
  choices: readonly V[];
  labelOf: (choice: V) => string;
  langOf?: (choice: V) => string | undefined;
  onChange: (value: V) => void;
  class?: string;
  /** Set: the admin's policy sets this field; shown disabled with this note (./admin-lock.ts). */
  adminNote?: string | undefined;
}): JSX.Element {
  return (
    <label class={`sf-field ${props.class ?? ''}`}>
      <span class="sf-field-label">{props.label}</span>
      <select
        class="sf-input"
        name={props.name}
        value={props.value}
        disabled={!!props.adminNote}
        onChange={(event) => props.onChange(event.currentTarget.value as V)}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice} lang={props.langOf?.(choice)}>
            {props.labelOf(choice)}
          </option>
        ))}
      </select>
      <AdminNote text={props.adminNote} />
    </label>
  );
}
