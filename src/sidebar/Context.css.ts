// The customer-context and thread-summary sections: compact lists; logical properties, so Arabic mirrors.
export const contextCss = `
.sf-earlier-list, .sf-repeated, .sf-summary ul { list-style: none; margin: 0; padding: 0; }
.sf-earlier { display: flex; flex-direction: column; gap: 2px; padding-block: 4px; border-block-end: 1px solid var(--sf-border); }
.sf-earlier:last-child { border-block-end: 0; }
.sf-earlier a { color: var(--sf-accent); overflow-wrap: anywhere; }
.sf-earlier-meta { display: flex; flex-wrap: wrap; gap: 8px; color: var(--sf-fg-muted); font-size: 0.9em; }
.sf-earlier[data-open="true"] .sf-earlier-meta [data-testid="earlier-status"] { font-weight: 600; color: var(--sf-fg); }
.sf-repeated { margin-block-end: 6px; padding: 4px 8px; border-inline-start: 3px solid var(--sf-warn-border); }
.sf-context-counts { margin-block: 0 4px; color: var(--sf-fg-muted); }
.sf-summary { margin: 0; }
.sf-summary-part { margin-block-end: 4px; }
.sf-summary dt { font-weight: 600; }
.sf-summary dd { margin: 0; }
.sf-summary q { quotes: none; }
.sf-summary-note, .sf-summary-label { color: var(--sf-fg-muted); font-size: 0.9em; }
.sf-summary-label { margin-block: 0 4px; }
`;
