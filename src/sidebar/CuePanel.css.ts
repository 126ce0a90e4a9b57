export const cueCss = `
.sf-cue-summary { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.sf-emotion { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
.sf-emotion-dot { inline-size: 9px; block-size: 9px; border-radius: 50%; background: var(--sf-cue-color); }
.sf-cue, .sf-provider-reading { --sf-cue-color: var(--sf-emotion-neutral); }
/* Later and as specific as the rule above; only the cue and the provider's reading carry data-emotion. */
[data-emotion='positive'] { --sf-cue-color: var(--sf-emotion-positive); }
[data-emotion='confusion'] { --sf-cue-color: var(--sf-emotion-confusion); }
[data-emotion='anxiety'] { --sf-cue-color: var(--sf-emotion-anxiety); }
[data-emotion='disappointment'] { --sf-cue-color: var(--sf-emotion-disappointment); }
[data-emotion='frustration'] { --sf-cue-color: var(--sf-emotion-frustration); }
[data-emotion='anger'] { --sf-cue-color: var(--sf-emotion-anger); }
.sf-meter {
  display: inline-block;
  inline-size: 64px;
  block-size: 6px;
  border-radius: 3px;
  background: var(--sf-bg-hover);
  overflow: hidden;
}
.sf-meter-fill { display: block; block-size: 100%; background: var(--sf-cue-color); border-radius: 3px; }
.sf-badge {
  padding-inline: 6px;
  border-radius: 9px;
  font-size: 12px;
  font-weight: 600;
  background: var(--sf-danger-bg);
  color: var(--sf-danger-fg);
}
.sf-trend { font-size: 12px; color: var(--sf-fg-muted); }
.sf-trend[data-trend='escalating'] { color: var(--sf-danger-fg); }
[dir='rtl'] .sf-trend-arrow { display: inline-block; transform: scaleX(-1); }
.sf-cue-text {
  margin-block-start: 8px;
  padding-block: 6px;
  padding-inline: 10px;
  border-inline-start: 3px solid var(--sf-cue-color);
  background: var(--sf-bg-sunken);
  border-start-end-radius: var(--sf-radius);
  border-end-end-radius: var(--sf-radius);
}
.sf-provider-reading { margin-block-start: 10px; }
.sf-provider-reading p { margin-block: 4px; }
.sf-provider-reading .sf-hint { font-size: 12px; color: var(--sf-fg-muted); }
.sf-disagreement {
  padding-block: 4px;
  padding-inline: 8px;
  border: 1px solid var(--sf-warn-border);
  background: var(--sf-warn-bg);
  color: var(--sf-warn-fg);
  border-radius: var(--sf-radius);
}
.sf-evidence ul { display: flex; flex-direction: column; gap: 3px; }
.sf-quote { padding-block: 1px; padding-inline: 3px; }
.sf-quote::before { content: open-quote; }
.sf-quote::after { content: close-quote; }
.sf[lang='ar'] .sf-quote { quotes: '«' '»'; }
.sf-chips { display: flex; flex-wrap: wrap; gap: 4px; }
.sf-chip {
  display: inline-block;
  padding-inline: 7px;
  border: 1px solid var(--sf-border);
  border-radius: 10px;
  font-size: 12px;
  background: var(--sf-bg-sunken);
}
.sf-feedback { display: flex; align-items: center; gap: 4px; margin-block-start: 10px; }
.sf-feedback-label { flex: 1; font-size: 12px; color: var(--sf-fg-muted); }
`;
