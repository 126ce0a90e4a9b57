// A destructive action asked twice, inline: the button turns into the question with confirm and
// cancel (no modal dialog to trap focus or block the page).
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function ConfirmButton(props: {
  label: string;
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
}): JSX.Element {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="sf-btn" aria-label={props.ariaLabel} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="sf-confirm" role="group" aria-label={props.question}>
      <span class="sf-confirm-question">{props.question}</span>
      <button
        type="button"
        class="sf-btn sf-btn-danger"
        ref={confirmRef}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="sf-btn" onClick={() => setAsking(false)}>
        {props.cancelLabel}
      </button>
    </span>
  );
}
