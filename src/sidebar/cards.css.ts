// Snippet and draft cards, the search box and the draft's flags.
export const cardsCss = `
.sf-search { display: flex; align-items: center; gap: 6px; margin-block-end: 8px; color: var(--sf-fg-muted); }
.sf-search .sf-input { flex: 1; min-inline-size: 0; color: var(--sf-fg); }
.sf-cards { display: flex; flex-direction: column; gap: 8px; }
.sf-sync { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; margin-block-start: 8px; font-size: 12px; }
.sf-card {
  padding-block: 8px;
  padding-inline: 10px;
  border: 1px solid var(--sf-border);
  border-radius: var(--sf-radius);
  background: var(--sf-bg);
}
.sf-card[data-pinned='true'] { border-color: var(--sf-accent); }
.sf-card-head { display: flex; align-items: baseline; gap: 6px; justify-content: space-between; }
.sf-card-title { font-weight: 600; overflow-wrap: anywhere; }
.sf-lang { font-size: 12px; font-weight: 600; color: var(--sf-fg-muted); border: 1px solid var(--sf-border); border-radius: 3px; padding-inline: 3px; }
.sf-passage { margin-block: 4px 8px; color: var(--sf-fg); font-size: 12px; overflow-wrap: anywhere; }
.sf-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.sf-actions-end { display: inline-flex; gap: 4px; margin-inline-start: auto; }
.sf-source { display: inline-flex; align-items: center; gap: 3px; margin-inline-start: auto; font-size: 12px; }
.sf-streaming { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; color: var(--sf-fg-muted); }
.sf-draft-text {
  margin-block: 6px 8px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.sf-draft[aria-busy='true'] .sf-draft-text::after { content: '▍'; color: var(--sf-accent); }
.sf-flags {
  margin-block-start: 6px;
  padding-block: 5px;
  padding-inline: 8px;
  border: 1px solid var(--sf-warn-border);
  border-radius: var(--sf-radius);
  background: var(--sf-warn-bg);
}
.sf-citations { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin-block-end: 8px; font-size: 12px; color: var(--sf-fg-muted); }
/* Draft tools, rating reasons, the model's status and "what was sent". */
.sf-btn-small { padding-block: 1px; }
.sf-tools, .sf-reasons { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin-block-start: 6px; }
.sf-reasons { inline-size: 100%; }
.sf-model-failed {
  margin-block-end: 8px;
  padding-block: 6px;
  padding-inline: 8px;
  border: 1px solid var(--sf-warn-border);
  border-radius: var(--sf-radius);
  background: var(--sf-warn-bg);
  color: var(--sf-warn-fg);
}
.sf-model-failed .sf-btn { margin-block-start: 4px; }
.sf-sent { margin-block-start: 8px; font-size: 12px; }
.sf-sent summary { cursor: pointer; color: var(--sf-fg-muted); }
.sf-sent-text {
  max-block-size: 240px;
  overflow: auto;
  margin: 0;
  padding: 6px;
  border: 1px solid var(--sf-border);
  border-radius: var(--sf-radius);
  background: var(--sf-bg-sunken);
  font-family: var(--sf-mono);
  font-size: 12px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
`;
