// The toggle shortcut as a hook for the sidebar's components (the keys themselves: ./shortcut-keys.ts).
import { useLayoutEffect, useRef } from 'preact/hooks';
import { shortcutListener } from './shortcut-keys';

export { TOGGLE_SHORTCUT, isEditableTarget, isToggleShortcut } from './shortcut-keys';

/**
 * Listens for the toggle shortcut on `target` (capture phase, so the helpdesk's own handlers cannot
 * swallow it) until unmount. Pass null to leave the shortcut to the caller.
 */
export function useToggleShortcut(onToggle: () => void, target: EventTarget | null, letter = 'S'): void {
  const latest = useRef(onToggle);
  latest.current = onToggle;
  // A layout effect: attached in the same commit that draws the sidebar, so a shortcut pressed as soon as the
  // sidebar shows is heard (an effect runs after the paint, and a press in between was lost: a reload's strip
  // reopened by Alt+Shift+S at once did nothing, seen in the browser suite).
  useLayoutEffect(() => {
    if (!target) return;
    const listener = shortcutListener(letter, () => latest.current());
    target.addEventListener('keydown', listener, true);
    return () => target.removeEventListener('keydown', listener, true);
  }, [target, letter]);
}
