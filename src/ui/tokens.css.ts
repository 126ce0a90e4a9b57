// Colour and type tokens shared by the sidebar and the options page. Themes switch by the
// data-theme attribute on the root; components only use the variables.
export const tokensCss = `
.sf-themed {
  /* The platform's own UI font (Segoe UI, San Francisco, Roboto, Cantarell…): system-ui names it in
     every browser we support. No list of fonts that may not exist: the first text laid out looks each
     one up on the agent's machine (about 4 ms of the helpdesk page's main thread on Linux, npm run
     bench:main-thread), and the browser's fallback already finds Arabic glyphs. */
  --sf-font: system-ui, sans-serif;
  --sf-mono: ui-monospace, monospace;
  --sf-radius: 6px;
  --sf-bg: #ffffff;
  --sf-bg-sunken: #f5f6f8;
  --sf-bg-hover: #eceef2;
  --sf-fg: #1c2026;
  --sf-fg-muted: #5b636e;
  --sf-border: #dcdfe4;
  --sf-accent: #2b59c3;
  --sf-accent-fg: #ffffff;
  --sf-focus: #2b59c3;
  --sf-mark-bg: #fde98a;
  --sf-mark-fg: #1c2026;
  --sf-warn-bg: #fff5dc;
  --sf-warn-fg: #6e4700;
  --sf-warn-border: #f0d48a;
  --sf-danger-bg: #fdeced;
  --sf-danger-fg: #9b1c22;
  --sf-danger-border: #f3b9bc;
  --sf-shadow-color: rgb(0 0 0 / 8%);
  --sf-emotion-neutral: #7b8490;
  --sf-emotion-positive: #1f8a4c;
  --sf-emotion-confusion: #2f7ad1;
  --sf-emotion-anxiety: #7b55c7;
  --sf-emotion-disappointment: #b7791f;
  --sf-emotion-frustration: #d9622b;
  --sf-emotion-anger: #c62d36;
  color-scheme: light;
  font-family: var(--sf-font);
  color: var(--sf-fg);
  background: var(--sf-bg);
}
.sf-themed[data-theme='dark'] {
  --sf-bg: #1d2025;
  --sf-bg-sunken: #16181c;
  --sf-bg-hover: #2a2e35;
  --sf-fg: #e3e6ea;
  --sf-fg-muted: #9ba3ad;
  --sf-border: #353a42;
  --sf-accent: #7ea3ff;
  --sf-accent-fg: #0f1420;
  --sf-focus: #8fb0ff;
  --sf-mark-bg: #6b5600;
  --sf-mark-fg: #fff4c7;
  --sf-warn-bg: #392e12;
  --sf-warn-fg: #f3d07f;
  --sf-warn-border: #5d4a1a;
  --sf-danger-bg: #3c1c1f;
  --sf-danger-fg: #ffaaad;
  --sf-danger-border: #6a2b30;
  --sf-shadow-color: rgb(0 0 0 / 40%);
  --sf-emotion-neutral: #9ba3ad;
  --sf-emotion-positive: #4cc27f;
  --sf-emotion-confusion: #6aa8f2;
  --sf-emotion-anxiety: #a98bf0;
  --sf-emotion-disappointment: #e0a54a;
  --sf-emotion-frustration: #f08a55;
  --sf-emotion-anger: #ff6b73;
  color-scheme: dark;
}
`;

/** Buttons, inputs and focus rings, shared by the sidebar and the options page. */
export const controlsCss = `
:where(.sf-themed) :where(button, input, select, textarea) {
  font: inherit;
  color: inherit;
}
.sf-btn {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  min-height: 26px;
  padding-block: 2px;
  padding-inline: 8px;
  border: 1px solid var(--sf-border);
  border-radius: var(--sf-radius);
  background: var(--sf-bg);
  cursor: pointer;
  font-size: 12px;
  line-height: 1.2;
  white-space: nowrap;
}
.sf-btn:hover:not(:disabled) { background: var(--sf-bg-hover); }
.sf-btn:disabled { opacity: 0.5; cursor: default; }
.sf-btn-primary { background: var(--sf-accent); border-color: var(--sf-accent); color: var(--sf-accent-fg); }
.sf-btn-primary:hover:not(:disabled) { background: var(--sf-accent); filter: brightness(1.08); }
.sf-btn-icon { padding-inline: 5px; min-width: 26px; justify-content: center; }
.sf-btn[aria-pressed='true'] { background: var(--sf-bg-hover); border-color: var(--sf-accent); color: var(--sf-accent); }
.sf-themed :focus-visible {
  outline: 2px solid var(--sf-focus);
  outline-offset: 1px;
}
.sf-input {
  box-sizing: border-box;
  min-height: 28px;
  padding-block: 3px;
  padding-inline: 8px;
  border: 1px solid var(--sf-border);
  border-radius: var(--sf-radius);
  background: var(--sf-bg);
}
.sf-icon { width: 14px; height: 14px; flex: none; }
[dir='rtl'] .sf-icon-mirror { transform: scaleX(-1); }
.sf-visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;
