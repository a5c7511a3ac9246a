import { svg } from './dom.js';

/**
 * XP per day as an SVG bar chart (no library): one bar per day, oldest left, today right,
 * the best day's value on the axis. Scales to the container's width (viewBox).
 */
export function xpChart(days, title, summary) {
  const width = 300;
  const height = 120;
  const top = 14;
  const bottom = 18;
  const max = Math.max(1, ...days.map((d) => d.xp));
  const slot = width / Math.max(1, days.length);
  const bars = days.map((day, index) => {
    const barHeight = day.xp > 0 ? Math.max(2, ((height - top - bottom) * day.xp) / max) : 0;
    const bar = svg('rect', {
      class: day.xp > 0 ? 'bar' : 'bar empty', x: (index * slot + slot * 0.15).toFixed(2),
      y: (height - bottom - barHeight).toFixed(2), width: (slot * 0.7).toFixed(2), height: barHeight.toFixed(2),
      'data-day': day.day, 'data-xp': day.xp,
    }, svg('title', {}, `${day.day}: ${day.xp} XP`));
    return bar;
  });
  const first = days.length ? days[0].day.slice(5) : '';
  const last = days.length ? days[days.length - 1].day.slice(5) : '';
  return svg('svg', {
    class: 'chart', id: 'xp-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}. ${summary}`,
    preserveAspectRatio: 'none',
  },
  svg('line', { class: 'axis', x1: 0, y1: height - bottom, x2: width, y2: height - bottom }),
  svg('text', { class: 'label', x: 2, y: 10 }, `${max} XP`),
  bars,
  svg('text', { class: 'label', x: 2, y: height - 4 }, first),
  svg('text', { class: 'label', x: width - 2, y: height - 4, 'text-anchor': 'end' }, last));
}
