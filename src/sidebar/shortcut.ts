// The toggle shortcut as a hook for the sidebar's components (the keys themselves: ./shortcut-keys.ts).
import { useEffect, useRef } from 'preact/hooks';
import { shortcutListener } from './shortcut-keys';

export { TOGGLE_SHORTCUT, isEditableTarget, isToggleShortcut } from './shortcut-keys';

/**
 * Listens for the toggle shortcut on `target` (capture phase, so the helpdesk's own handlers cannot
 * swallow it) until unmount. Pass null to leave the shortcut to the caller.
 */
export function useToggleShortcut(onToggle: () => void, target: EventTarget | null, letter = 'S'): void {
  const latest = useRef(onToggle);
  latest.current = onToggle;
  useEffect(() => {
    if (!target) return;
    const listener = shortcutListener(letter, () => latest.current());
    target.addEventListener('keydown', listener, true);
    return () => target.removeEventListener('keydown', listener, true);
  }, [target, letter]);
}
