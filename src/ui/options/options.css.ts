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
/* A field the admin's policy sets: its value stays readable, the note says why it cannot be changed. */
.sf-admin-note { display: block; margin: 0; font-size: 12px; font-weight: 600; color: var(--sf-fg-muted); }
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
.sf-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.sf-row-start { align-items: flex-start; }
.sf-row-end { align-items: flex-end; }
.sf-row-spread { justify-content: space-between; }
.sf-subheading { font-size: 14px; margin: 0; }
.sf-rule { border: 0; border-block-start: 1px solid var(--sf-border); margin-block: 4px; inline-size: 100%; }
.sf-btn-danger { background: var(--sf-danger-fg); border-color: var(--sf-danger-fg); color: #fff; }
.sf-confirm { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.sf-confirm-question { font-size: 13px; }
.sf-fieldset { display: flex; flex-direction: column; gap: 10px; margin: 0; padding: 10px 12px; border: 1px solid var(--sf-border); border-radius: var(--sf-radius); }
.sf-callout { margin: 0; padding-block: 8px; padding-inline: 12px; border-inline-start: 3px solid var(--sf-accent); background: var(--sf-bg-sunken); border-radius: var(--sf-radius); font-size: 13px; }
.sf-callout.sf-warning { border-inline-start-color: var(--sf-danger-fg); }
.sf-drop {
  display: flex; flex-direction: column; align-items: center; gap: 4px; padding: 20px 16px; text-align: center;
  border: 1px dashed var(--sf-border); border-radius: 8px; background: var(--sf-bg-sunken);
}
.sf-drop[data-dragging='true'] { border-color: var(--sf-accent); border-style: solid; }
.sf-drop:focus-within { outline: 2px solid var(--sf-focus); outline-offset: 1px; }
.sf-link { color: var(--sf-accent); text-decoration: underline; cursor: pointer; }
.sf-files, .sf-articles { list-style: none; margin: 0; padding: 0; border: 1px solid var(--sf-border); border-radius: var(--sf-radius); }
.sf-file, .sf-article { display: flex; flex-direction: column; gap: 6px; padding-block: 8px; padding-inline: 12px; }
.sf-file + .sf-file, .sf-article + .sf-article { border-block-start: 1px solid var(--sf-border); }
.sf-file-head { display: flex; align-items: center; gap: 8px; }
.sf-file-name { font-weight: 600; overflow-wrap: anywhere; }
.sf-badge { font-size: 11px; padding: 1px 6px; border-radius: 999px; background: var(--sf-bg-hover); color: var(--sf-fg-muted); }
.sf-issues { margin: 0; padding-inline-start: 18px; font-family: var(--sf-mono); font-size: 12px; color: var(--sf-fg-muted); max-block-size: 12em; overflow: auto; }
.sf-file > .sf-btn { align-self: flex-start; }
.sf-mapping { display: flex; flex-direction: column; gap: 8px; }
.sf-mapping-title { margin: 0; font-weight: 600; }
.sf-progress { inline-size: 100%; }
.sf-summary, .sf-verdict { margin: 0; min-block-size: 1.5em; }
.sf-article-row { display: flex; align-items: flex-start; gap: 8px; }
.sf-article-text { flex: 1; text-align: start; min-inline-size: 0; display: flex; flex-direction: column; }
.sf-article-title { font-weight: 600; overflow-wrap: anywhere; }
.sf-article-meta { font-size: 12px; color: var(--sf-fg-muted); }
.sf-article-body { font-size: 13px; color: var(--sf-fg-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sf-editor textarea.sf-input { inline-size: 100%; resize: vertical; }
`;

export function optionsCss(): string {
  return [tokensCss, controlsCss, pageCss].join('\n');
}
