// Ticket header, the unreadable-page error and the handle-personally banner.
export const ticketCss = `
.sf-ticket { padding-block: 12px 10px; padding-inline: 12px; border-block-end: 1px solid var(--sf-border); }
.sf-subject { font-weight: 600; line-height: 1.3; overflow-wrap: anywhere; }
.sf-requester { margin-block-start: 4px; display: flex; flex-wrap: wrap; gap: 6px; }
.sf-requester-name { font-weight: 600; }
.sf-requester-email { color: var(--sf-fg-muted); overflow-wrap: anywhere; }
.sf-meta { display: flex; flex-wrap: wrap; gap: 4px 10px; margin-block-start: 4px; color: var(--sf-fg-muted); font-size: 12px; }
.sf-meta li + li::before { content: '·'; margin-inline-end: 10px; }
.sf-composer {
  display: inline-block;
  margin-block-start: 8px;
  padding-block: 1px;
  padding-inline: 6px;
  border-radius: var(--sf-radius);
  font-size: 12px;
  background: var(--sf-bg-sunken);
  border: 1px solid var(--sf-border);
}
.sf-composer[data-mode='internal'] { background: var(--sf-warn-bg); color: var(--sf-warn-fg); border-color: var(--sf-warn-border); }
.sf-warnings { margin-block-start: 8px; }
.sf-kept-back { margin-block-start: 8px; font-size: 12px; color: var(--sf-warn-fg); }
.sf-caution { font-size: 12px; color: var(--sf-warn-fg); }
.sf-caution-title { display: flex; align-items: center; gap: 4px; font-weight: 600; }
.sf-caution ul { padding-inline-start: 18px; }
.sf-caution li { list-style: disc; }

.sf-page-error {
  margin: 12px;
  padding: 12px;
  border: 1px solid var(--sf-danger-border);
  border-radius: var(--sf-radius);
  background: var(--sf-danger-bg);
  color: var(--sf-danger-fg);
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 8px;
}
.sf-page-error-title { display: flex; align-items: center; gap: 6px; font-weight: 600; }
.sf-page-error-reason { color: var(--sf-fg); overflow-wrap: anywhere; }

.sf-handle {
  padding-block: 8px;
  padding-inline: 12px;
  border-block-end: 1px solid var(--sf-warn-border);
  border-inline-start: 3px solid var(--sf-emotion-frustration);
  background: var(--sf-warn-bg);
  color: var(--sf-warn-fg);
}
.sf-handle-title { font-weight: 600; }
.sf-handle-reasons { font-size: 12px; }
`;
