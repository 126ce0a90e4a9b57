// A few stroke icons drawn inline (no image files, no remote resources). Paths after Feather (MIT).
import type { JSX } from 'preact';

const PATHS = {
  chevron: 'M9 18l6-6-6-6',
  alert: 'M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h.01',
  external: 'M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6M15 3h6v6M10 14L21 3',
  thumbUp: 'M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.3a2 2 0 0 0 2-1.7l1.4-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3',
  pin: 'M12 17v5M9 10.8V4h6v6.8l3 3.2v3H6v-3z',
  close: 'M18 6L6 18M6 6l12 12',
  search: 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3',
  chart: 'M18 20V10M12 20V4M6 20v-6',
} as const;

// Thumbs down is thumbs up turned half a turn about the centre: Feather's own thumbs-down is that shape, its cuff's
// corners 2.3 units round instead of 2 (a sixth of a pixel at 14 px), for some 60 B of the content scripts' gzip.
export type IconName = keyof typeof PATHS | 'thumbDown';

/** Decorative: the button around it carries the accessible name. `mirror` flips it in RTL. */
export function Icon({ name, mirror }: { name: IconName; mirror?: boolean }): JSX.Element {
  return (
    <svg
      class={mirror ? 'sf-icon sf-icon-mirror' : 'sf-icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name === 'thumbDown' ? 'thumbUp' : name]} transform={name === 'thumbDown' ? 'rotate(180 12 12)' : undefined} />
    </svg>
  );
}
