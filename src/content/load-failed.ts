// What the agent reads where the sidebar would be when Souffleur cannot start: the code-cached loader's
// module failed to load (scripts/build/cached-content-scripts.ts), or the sidebar frame's page did not
// answer (src/content/frame-view.ts). A line in Souffleur's own host and shadow root, so the page's CSS
// neither hides nor restyles it. Plain English: the agent's language lives in catalogs that may not load.
export const LOAD_FAILED_TEXT = 'Souffleur could not start: reload the page.';

const STYLE =
  'position:fixed;z-index:2147483647;right:8px;bottom:8px;margin:0;padding:8px;border:2px solid #c00;background:#fff;color:#000;font:14px sans-serif';

/** As markup, for the loader, which is written by hand. */
export const LOAD_FAILED = `<p role=alert style="${STYLE}">${LOAD_FAILED_TEXT}</p>`;

/** As an element. */
export function loadFailedLine(doc: Document): HTMLElement {
  const line = doc.createElement('p');
  line.setAttribute('role', 'alert');
  line.style.cssText = STYLE;
  line.textContent = LOAD_FAILED_TEXT;
  return line;
}
