// The sidebar's inner edge: drag it with a pointer, or focus it and use the arrow keys. The edge
// faces the page, so in RTL (sidebar on the left) the directions flip.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH, clampSidebarWidth } from '../settings/sidebar-width';

const KEY_STEP = 16;
const KEY_STEP_LARGE = 64;

/** The new width after a key press, or null when the key does not resize. */
export function widthAfterKey(key: string, shift: boolean, width: number, dir: 'ltr' | 'rtl'): number | null {
  const step = shift ? KEY_STEP_LARGE : KEY_STEP;
  // Moving the edge towards the page widens the sidebar: left in LTR, right in RTL.
  const towardsPage = dir === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
  const awayFromPage = dir === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
  if (key === towardsPage) return clampSidebarWidth(width + step);
  if (key === awayFromPage) return clampSidebarWidth(width - step);
  if (key === 'Home') return SIDEBAR_MIN_WIDTH;
  if (key === 'End') return SIDEBAR_MAX_WIDTH;
  return null;
}

export function ResizeHandle(props: {
  width: number;
  dir: 'ltr' | 'rtl';
  label: string;
  /** While dragging, for a live preview. */
  onDrag: (width: number) => void;
  /** Once per drag (on release) and per key press: the width to remember. */
  onResize: (width: number) => void;
}): JSX.Element {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  const widthAt = (clientX: number) => {
    const d = drag.current!;
    const delta = props.dir === 'ltr' ? d.startX - clientX : clientX - d.startX;
    return clampSidebarWidth(d.startWidth + delta);
  };
  const end = (event: PointerEvent) => {
    if (!drag.current) return;
    const width = widthAt(event.clientX);
    drag.current = null;
    props.onResize(width);
  };
  return (
    <div
      class="sf-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuemin={SIDEBAR_MIN_WIDTH}
      aria-valuemax={SIDEBAR_MAX_WIDTH}
      aria-valuenow={props.width}
      tabindex={0}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: props.width, width: props.width };
      }}
      onPointerMove={(event) => {
        if (drag.current) props.onDrag(widthAt(event.clientX));
      }}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={(event) => {
        const width = widthAfterKey(event.key, event.shiftKey, props.width, props.dir);
        if (width === null) return;
        event.preventDefault();
        props.onResize(width);
      }}
    />
  );
}
