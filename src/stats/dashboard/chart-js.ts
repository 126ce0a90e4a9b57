// The one place that loads Chart.js at run time (eslint forbids it elsewhere), so only the dashboard page
// pays for it. Chart.js is tree-shaken: only the pieces the dashboard's bar charts use are registered.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
