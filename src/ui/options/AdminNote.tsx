import type { JSX } from 'preact';

/** "Set by your admin" under a locked field (see ./admin-lock.ts). */
export function AdminNote(props: { text: string | undefined }): JSX.Element | null {
  return props.text ? (
    <span class="sf-admin-note" data-testid="set-by-admin">
      {props.text}
    </span>
  ) : null;
}
