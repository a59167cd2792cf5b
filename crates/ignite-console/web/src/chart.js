// Small SVG charts for execution stats: no chart library, the console has two charts.
import { html } from 'htm/preact';

const W = 640;
const H = 180;
const PAD = { left: 48, right: 12, top: 12, bottom: 24 };

function scale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v);
}

const clock = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * `series`: [{name, color, values: [number]}] over the shared `times` (ms); `kind` is
 * 'line' or 'bar' (bars of the series side by side).
 */
export function Chart({ title, times, series, unit = '', kind = 'line', testid }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = scale([0, Math.max(1, times.length - (kind === 'bar' ? 0 : 1))], [PAD.left, W - PAD.right]);
  const y = scale([0, max], [H - PAD.bottom, PAD.top]);
  const ticks = [0, max / 2, max];
  const slot = (W - PAD.left - PAD.right) / Math.max(1, times.length);
  return html`
    <figure class="chart" data-testid=${testid} data-points=${times.length}>
      <figcaption>
        ${title}
        ${series.map((s) => html`<span class="legend"><i style=${`background:${s.color}`}></i>${s.name}</span>`)}
      </figcaption>
      <svg viewBox=${`0 0 ${W} ${H}`} role="img" aria-label=${title}>
        ${ticks.map(
          (t) => html`<g>
            <line x1=${PAD.left} x2=${W - PAD.right} y1=${y(t)} y2=${y(t)} class="grid" />
            <text x=${PAD.left - 6} y=${y(t) + 4} text-anchor="end">${+t.toFixed(2)}${unit}</text>
          </g>`,
        )}
        ${times.length > 0 &&
        html`<text x=${PAD.left} y=${H - 6}>${clock(times[0])}</text>
          <text x=${W - PAD.right} y=${H - 6} text-anchor="end">${clock(times[times.length - 1])}</text>`}
        ${kind === 'line'
          ? series.map(
              (s) => html`<polyline
                fill="none"
                stroke=${s.color}
                stroke-width="2"
                points=${s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              />`,
            )
          : series.map((s, k) =>
              s.values.map((v, i) => {
                const w = (slot * 0.8) / series.length;
                return html`<rect
                  x=${PAD.left + i * slot + slot * 0.1 + k * w}
                  y=${y(v)}
                  width=${w}
                  height=${H - PAD.bottom - y(v)}
                  fill=${s.color}
                />`;
              }),
            )}
      </svg>
    </figure>
  `;
}
