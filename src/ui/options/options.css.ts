import { controlsCss, tokensCss } from '../tokens.css';

const pageCss = `
html, body { margin: 0; }
body { background: #f5f6f8; }
@media (prefers-color-scheme: dark) { body { background: #16181c; } }
.sf-options {
  min-height: 100vh;
  box-sizing: border-box;
  padding-block: 32px;
  padding-inline: max(16px, calc((100% - 680px) / 2));
  background: var(--sf-bg-sunken);
  font-size: 14px;
  line-height: 1.5;
}
.sf-options-header { display: flex; align-items: baseline; justify-content: space-between; gap: 16px; margin-block-end: 16px; }
.sf-options h1 { font-size: 20px; margin: 0; }
.sf-save-status { margin: 0; font-size: 13px; color: var(--sf-fg-muted); }
.sf-save-status[data-kind='failed'] { color: var(--sf-danger-fg); }
.sf-options-section {
  margin-block-end: 16px;
  padding: 16px 20px;
  border: 1px solid var(--sf-border);
  border-radius: 8px;
  background: var(--sf-bg);
}
.sf-options-section h2 { font-size: 15px; margin-block: 0 12px; }
.sf-fields { display: flex; flex-direction: column; gap: 14px; }
.sf-field { display: flex; flex-direction: column; gap: 4px; }
.sf-field-label { font-size: 12px; font-weight: 600; color: var(--sf-fg-muted); }
.sf-field .sf-input { max-inline-size: 320px; }
.sf-grow { flex: 1; }
.sf-grow .sf-input { max-inline-size: none; inline-size: 100%; }
.sf-check { display: flex; align-items: flex-start; gap: 8px; }
.sf-check input { margin-block-start: 4px; }
.sf-hint { display: block; margin: 0; font-size: 12px; color: var(--sf-fg-muted); }
.sf-empty { margin: 0; color: var(--sf-fg-muted); font-style: italic; }
.sf-origins { list-style: none; margin: 0; padding: 0; border: 1px solid var(--sf-border); border-radius: var(--sf-radius); }
.sf-origin { display: flex; align-items: center; gap: 12px; padding-block: 6px; padding-inline: 10px; }
.sf-origin + .sf-origin { border-block-start: 1px solid var(--sf-border); }
.sf-origin-url { flex: 1; font-family: var(--sf-mono); font-size: 13px; overflow-wrap: anywhere; }
.sf-origin-helpdesk { color: var(--sf-fg-muted); font-size: 13px; }
.sf-origin-form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; }
.sf-origin-form .sf-btn { min-height: 28px; }
.sf-field-error { margin: 0; color: var(--sf-danger-fg); font-size: 13px; }
.sf-input[aria-invalid='true'] { border-color: var(--sf-danger-fg); }
`;

export function optionsCss(): string {
  return [tokensCss, controlsCss, pageCss].join('\n');
}
