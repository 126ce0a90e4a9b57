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
  /** A drag begins (the sidebar frame grows to the widest for it, src/content/frame-view.ts). */
  onDragStart?: () => void;
}): JSX.Element {
  const drag = useRef<{ startX: number; startWidth: number; viewport: number } | null>(null);
  // The sidebar frame (src/content/frame-view.ts) grows to the widest once the drag begins: on the page's right
  // edge its left edge, the origin of clientX, moves left by as much as it grew. Counted back, the width follows the pointer on
  // the screen (else it oscillates). On the page, or on the left edge (RTL), the viewport's origin stays.
  const widthAt = (event: PointerEvent) => {
    const d = drag.current!;
    const x = event.clientX - (props.dir === 'ltr' ? (event.view?.innerWidth ?? 0) - d.viewport : 0);
    const delta = props.dir === 'ltr' ? d.startX - x : x - d.startX;
    return clampSidebarWidth(d.startWidth + delta);
  };
  const end = (event: PointerEvent) => {
    if (!drag.current) return;
    const width = widthAt(event);
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
        drag.current = { startX: event.clientX, startWidth: props.width, viewport: event.view?.innerWidth ?? 0 };
        props.onDragStart?.();
      }}
      onPointerMove={(event) => {
        // Released outside the sidebar frame, where this handle did not hear it (the page took the release).
        if (event.buttons === 0) drag.current = null;
        if (drag.current) props.onDrag(widthAt(event));
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
