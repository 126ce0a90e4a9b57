// The customer-context and thread-summary sections: compact lists; logical properties, so Arabic mirrors.
export const contextCss = `
.sf-panel-context ul, .sf-panel-summary ul { list-style: none; margin: 0; padding: 0; }
.sf-earlier { padding-block: 3px; }
.sf-earlier a { display: block; color: var(--sf-accent); overflow-wrap: anywhere; }
.sf-earlier span, .sf-summary-note { color: var(--sf-fg-muted); font-size: 12px; margin-inline-end: 6px; }
.sf-repeated { padding-inline-start: 6px; border-inline-start: 3px solid var(--sf-warn-border); }
.sf-panel-summary dt { font-weight: 600; }
.sf-panel-summary dd { margin: 0 0 4px; }
`;
