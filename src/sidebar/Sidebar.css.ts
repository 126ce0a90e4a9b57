// The frame: a fixed panel on the viewport's right edge (left in RTL), its resize edge, the slim
// collapsed tab, and the shared panel states. Physical left/right only where the page's direction
// must not matter (fixed positioning resolves logical insets against the page, not our dir).
export const frameCss = `
:host { all: initial; }
.sf {
  position: fixed;
  inset-block: 0;
  right: 0;
  z-index: 2147483000;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  /* The type scale is 13px and 12px, weights 400 and 600, and nothing else: each other size or weight
     is one more font the page's renderer looks up on first use (a FontCache entry and a synchronous
     call to the browser per strike). Eleven strikes became four: the first layout's font lookups
     25 -> 17 on the Zendesk fixture (CDP trace, FontCache::GetFontPlatformData). */
  font-size: 13px;
  line-height: 1.45;
  border-inline-start: 1px solid var(--sf-border);
  /* The shadow falls on the page side. */
  box-shadow: -4px 0 16px var(--sf-shadow-color);
  -webkit-font-smoothing: antialiased;
  /* The sidebar lays itself out alone: its renders (a draft streams in, a section opens) never make
     the browser lay out the helpdesk page again. Not paint containment: the resize edge overhangs. */
  contain: layout style;
}
.sf[dir='rtl'] { right: auto; left: 0; box-shadow: 4px 0 16px var(--sf-shadow-color); }
/* Resets in :where() weigh nothing, so every component rule below overrides them. */
:where(.sf) *, :where(.sf) *::before, :where(.sf) *::after { box-sizing: border-box; }
:where(.sf) :where(h1, h2, h3, p, ul, ol) { margin: 0; padding: 0; font-size: inherit; }
:where(.sf) :where(ul, ol) { list-style: none; }
:where(.sf) mark { background: var(--sf-mark-bg); color: var(--sf-mark-fg); border-radius: 2px; padding-inline: 1px; }
:where(.sf) a { color: var(--sf-accent); }

.sf[data-collapsed='true'] {
  inset-block: auto;
  top: 40%;
  border: 1px solid var(--sf-border);
  border-inline-end: 0;
  border-start-start-radius: var(--sf-radius);
  border-end-start-radius: var(--sf-radius);
  background: var(--sf-bg);
}
.sf-tab {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 6px;
  padding-block: 10px;
  padding-inline: 5px;
  border: 0;
  background: transparent;
  cursor: pointer;
  color: var(--sf-fg-muted);
}
.sf-tab:hover { color: var(--sf-fg); }
.sf-tab-label { writing-mode: vertical-rl; font-size: 12px; font-weight: 600; letter-spacing: 0.04em; }

.sf-resize {
  position: absolute;
  inset-block: 0;
  inset-inline-start: -3px;
  inline-size: 6px;
  cursor: col-resize;
  touch-action: none;
  z-index: 1;
}
.sf-resize:hover, .sf-resize:focus-visible { background: var(--sf-accent); opacity: 0.5; outline: none; }

.sf-bar {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding-block: 6px;
  padding-inline: 12px 6px;
  border-block-end: 1px solid var(--sf-border);
  background: var(--sf-bg-sunken);
}
.sf-brand { font-weight: 600; font-size: 12px; letter-spacing: 0.02em; color: var(--sf-fg-muted); }
.sf-btn-quiet { border-color: transparent; background: transparent; }
.sf-bar-end { margin-inline-start: auto; }

.sf-scroll { flex: 1; overflow-y: auto; overscroll-behavior: contain; }

.sf-notice {
  display: flex;
  align-items: center;
  gap: 6px;
  padding-block: 6px;
  padding-inline: 12px 6px;
  border-block-end: 1px solid var(--sf-border);
  background: var(--sf-bg-sunken);
}
.sf-notice[data-kind='warning'] { background: var(--sf-warn-bg); color: var(--sf-warn-fg); border-color: var(--sf-warn-border); }
.sf-notice-text { flex: 1; }

.sf-panel { padding-block: 10px 12px; padding-inline: 12px; border-block-end: 1px solid var(--sf-border); }
.sf-panel-title {
  display: flex;
  align-items: center;
  gap: 6px;
  margin-block-end: 8px;
  font-size: 12px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: var(--sf-fg-muted);
}
.sf[lang='ar'] .sf-panel-title { text-transform: none; letter-spacing: 0; }
.sf-subheading { font-size: 12px; font-weight: 600; color: var(--sf-fg-muted); margin-block: 8px 4px; }

.sf-state { display: flex; align-items: center; gap: 8px; color: var(--sf-fg-muted); padding-block: 4px; }
.sf-state-error { flex-wrap: wrap; color: var(--sf-danger-fg); }
.sf-state-warning { color: var(--sf-warn-fg); }
/* Polish my reply: one edit per line, the change first, then what kind, why, and the buttons. */
.sf-polish-edit { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding-block: 4px; }
.sf-polish-kind, .sf-polish-why { color: var(--sf-fg-muted); font-size: 12px; }
.sf-held { flex-direction: column; align-items: flex-start; }
.sf-spinner {
  inline-size: 10px;
  block-size: 10px;
  border: 2px solid var(--sf-border);
  border-block-start-color: var(--sf-accent);
  border-radius: 50%;
  animation: sf-spin 0.8s linear infinite;
}
@keyframes sf-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .sf-spinner { animation: none; } }
`;
