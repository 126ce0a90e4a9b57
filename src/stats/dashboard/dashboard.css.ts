// Dashboard layout on top of the shared tokens and controls (light and dark come from the tokens).
import { controlsCss, tokensCss } from '../../ui/tokens.css';

const dashboardCss = `
body { margin: 0; }
.sf-dashboard {
  --sf-chart-1: #2b59c3; --sf-chart-2: #1f9d6b; --sf-chart-3: #c9731a; --sf-chart-4: #b8325a;
  font-family: var(--sf-font); background: var(--sf-bg); color: var(--sf-fg);
  min-height: 100vh; box-sizing: border-box; padding: 24px clamp(16px, 4vw, 48px); line-height: 1.45;
}
.sf-dashboard[data-theme='dark'] { --sf-chart-1: #7fa4ff; --sf-chart-2: #5fd3a3; --sf-chart-3: #f2a65a; --sf-chart-4: #f27ba0; }
.sf-dashboard h1 { font-size: 1.5rem; margin: 0 0 16px; }
.sf-dashboard h2 { font-size: 1.15rem; margin: 28px 0 10px; }
.sf-dashboard h3 { font-size: 1rem; margin: 18px 0 6px; }
.sf-filters { display: flex; flex-wrap: wrap; gap: 12px 20px; border: 1px solid var(--sf-border); border-radius: var(--sf-radius); padding: 12px 16px; }
.sf-dashboard label { display: inline-flex; flex-direction: column; gap: 4px; font-size: 0.85rem; color: var(--sf-fg-muted); }
.sf-dashboard input, .sf-dashboard select { font: inherit; color: var(--sf-fg); background: var(--sf-bg); border: 1px solid var(--sf-border); border-radius: var(--sf-radius); padding: 4px 6px; }
.sf-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px; margin: 0; }
.sf-figures > div { background: var(--sf-bg-sunken); border-radius: var(--sf-radius); padding: 10px 12px; }
.sf-figures dt { font-size: 0.8rem; color: var(--sf-fg-muted); }
.sf-figures dd { margin: 4px 0 0; font-size: 1.35rem; font-variant-numeric: tabular-nums; }
.sf-table { border-collapse: collapse; margin: 8px 0 16px; min-width: 50%; font-variant-numeric: tabular-nums; }
.sf-table caption { text-align: start; font-weight: 600; padding-bottom: 4px; }
.sf-table th, .sf-table td { border-bottom: 1px solid var(--sf-border); padding: 4px 10px; text-align: start; }
.sf-table .num { text-align: end; }
.sf-chart { margin: 8px 0 20px; }
.sf-chart figcaption { display: flex; gap: 12px; align-items: center; font-weight: 600; margin-bottom: 6px; }
.sf-canvas { position: relative; width: 100%; background: var(--sf-bg-sunken); border-radius: var(--sf-radius); padding: 8px; box-sizing: border-box; }
.sf-row { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; }
.sf-muted { color: var(--sf-fg-muted); }
.sf-danger { color: #b42318; border-color: currentColor; }
.sf-dashboard[data-theme='dark'] .sf-danger { color: #ff8a80; }
`;

export function dashboardStyles(): string {
  return tokensCss + controlsCss + dashboardCss;
}
