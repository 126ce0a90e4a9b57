import type { JSX } from 'preact';
import { AdminNote } from '../AdminNote';

/** A labelled text input with its validation message tied to it for screen readers. */
export function TextField(props: {
  label: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'url' | 'password' | 'number';
  placeholder?: string;
  ltr?: boolean;
  class?: string;
  /** A multi-line field (a <textarea> of this many rows). */
  rows?: number;
  /** Set: the admin's policy sets this field; shown disabled with this note (../admin-lock.ts). */
  adminNote?: string | undefined;
}): JSX.Element {
  const messageId = `sf-${props.name}-message`;
  const message = props.error ?? props.hint;
  return (
    <label class={`sf-field ${props.class ?? ''}`}>
      <span class="sf-field-label">{props.label}</span>
      {props.rows ? (
        <textarea
          class="sf-input"
          name={props.name}
          rows={props.rows}
          value={props.value}
          disabled={!!props.adminNote}
          placeholder={props.placeholder}
          dir={props.ltr ? 'ltr' : 'auto'}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      ) : (
        <input
          class="sf-input"
          name={props.name}
          // Preact types each input type apart; one component covers these few.
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          disabled={!!props.adminNote}
          placeholder={props.placeholder}
          dir={props.ltr ? 'ltr' : undefined}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
      {message && (
        <span class={props.error ? 'sf-field-error' : 'sf-hint'} id={messageId}>
          {message}
        </span>
      )}
      <AdminNote text={props.adminNote} />
    </label>
  );
}
