import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartDataset,
} from 'chart.js';

// Only the parts the dashboard draws, so the bundle carries no unused chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours per modality, strongest first; the explorer's line styles say the same. */
export const MODALITY_COLORS: Readonly<Record<string, string>> = {
  CONFIRMED: '#1b7f3b',
  ASSERTED: '#3b7dd8',
  REPORTED: '#8a5cc7',
  INTENDED: '#b59a1d',
  ALLEGED: '#e07b28',
  DENIED: '#c23b3b',
};

function themeColors(): { fg: string; grid: string } {
  const css = getComputedStyle(document.documentElement);
  return {
    fg: css.getPropertyValue('--fg').trim() || '#1c1f24',
    grid: css.getPropertyValue('--border').trim() || '#d5d9df',
  };
}

/** One bar chart per canvas, replaced in place when its data changes. */
export function barChart(
  canvas: HTMLCanvasElement,
  labels: readonly string[],
  datasets: ChartDataset<'bar', number[]>[],
  options: { stacked?: boolean; horizontal?: boolean; summary: string },
): void {
  Chart.getChart(canvas)?.destroy();
  const { fg, grid } = themeColors();
  // Screen readers get the gist; the table under each chart has the numbers.
  canvas.setAttribute('aria-label', options.summary);
  const axis = { stacked: options.stacked ?? false, ticks: { color: fg }, grid: { color: grid } };
  new Chart(canvas, {
    type: 'bar',
    data: { labels: [...labels], datasets },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: axis,
        y: { ...axis, beginAtZero: true, ticks: { color: fg, precision: 0 } },
      },
      plugins: { legend: { display: datasets.length > 1, labels: { color: fg } } },
    },
  });
}
