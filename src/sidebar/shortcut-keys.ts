// Alt+Shift+S toggles the sidebar. Agents type all day in the reply editor, so inside an input or
// editor only the exact physical combination counts; elsewhere the letter S on any layout does.
// Free of Preact: the frame prototype's host (src/content/frame-view.ts) listens without the components.

export const TOGGLE_SHORTCUT = 'Alt+Shift+S';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'repeat' | 'isComposing'>;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** True for inputs, textareas and contenteditable regions (CKEditor, Froala) and anything inside them. */
export function isEditableTarget(target: EventTarget | null | undefined): boolean {
  let node = target as (Element & { isContentEditable?: boolean }) | null | undefined;
  if (!node || typeof node.tagName !== 'string') return false;
  const tag = node.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has((node.getAttribute('type') ?? '').toLowerCase());
  if (node.isContentEditable) return true;
  // DOMs without isContentEditable (and detached editors) still carry the attribute.
  for (; node; node = node.parentElement) {
    const editable = node.getAttribute?.('contenteditable');
    if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
    if (editable === 'false') return false;
  }
  return false;
}

export function isToggleShortcut(event: KeyLike, inEditable: boolean): boolean {
  return isAltShiftShortcut(event, inEditable, 'S');
}

/** Alt+Shift+<letter>, by physical key inside editors and by letter elsewhere (see the file comment). */
export function isAltShiftShortcut(event: KeyLike, inEditable: boolean, letter: string): boolean {
  if (event.repeat || event.isComposing) return false;
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
  if (event.code === `Key${letter.toUpperCase()}`) return true;
  // On macOS Alt+Shift+S types "Í"; `key` is only trusted outside editors, where no text is typed.
  return !inEditable && event.key.toLowerCase() === letter.toLowerCase();
}

/** The element the key went to, through open shadow roots (the page's editor, or our own search box). */
function originalTarget(event: Event): EventTarget | null {
  return (typeof event.composedPath === 'function' ? event.composedPath()[0] : undefined) ?? event.target;
}

/** A keydown listener that calls `onMatch` for Alt+Shift+<letter> and keeps the key from the page. */
export function shortcutListener(letter: string, onMatch: () => void): (event: Event) => void {
  return (event) => {
    const key = event as KeyboardEvent;
    if (!isAltShiftShortcut(key, isEditableTarget(originalTarget(event)), letter)) return;
    key.preventDefault();
    key.stopPropagation();
    onMatch();
  };
}
