// Login attempts over time as bars (the count model's attempts, attackCounts.ts), per minute, hour or day. The shape tells a burst from a
// slow, steady attack. Bars are one colour with a text label for the busiest one, and the same
// numbers are offered as a table, so nothing depends on seeing colour or the picture at all.
import { useMemo, useState } from 'react';
import type { AttemptTimeline, TimelineZoom } from '../../core/analysis/attemptTimeline';
import { fittingZoom, timelineBars } from '../../core/analysis/attemptTimeline';
import { formatCount } from '../shared/format';
import { countText, countWord, type CountWording } from '../../core/analysis/attackCounts';
import { useOfficeTime } from '../shared/useOfficeTime';

const zoomLabels: Record<TimelineZoom, string> = { minute: 'Per minute', hour: 'Per hour', day: 'Per day' };
const zoomWord: Record<TimelineZoom, string> = { minute: 'minute', hour: 'hour', day: 'day' };
const width = 800;
const height = 180;
const bottom = 24;

/** The "▲ login" mark is this wide at most: near the chart's edges it is anchored inside, not cut. */
const markRoom = 70;

function markAnchor(x: number): 'start' | 'middle' | 'end' {
  if (x < markRoom / 2) return 'start';
  if (x > width - markRoom / 2) return 'end';
  return 'middle';
}

export function AttemptsChart({
  timelines,
  wording = 'logins',
}: {
  timelines: AttemptTimeline[];
  wording?: CountWording;
}) {
  const formatTime = useOfficeTime();
  const [zoom, setZoom] = useState<TimelineZoom>(() => fittingZoom(timelines));
  const bars = useMemo(
    () => timelineBars(timelines, zoom).filter((bar) => bar.attempts > 0 || bar.successes > 0),
    [timelines, zoom],
  );
  if (bars.length === 0) return null;
  const first = bars[0]?.start ?? 0;
  const last = bars[bars.length - 1]?.start ?? first;
  const step = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[zoom];
  const slots = Math.max(1, Math.round((last - first) / step) + 1);
  const peak = bars.reduce(
    (best, bar) => (bar.attempts > best.attempts ? bar : best),
    bars[0] as (typeof bars)[number],
  );
  const barWidth = width / slots;
  const scale = (height - bottom - 16) / Math.max(1, peak.attempts);
  const attemptsWord = countWord('attempts', true, wording);
  const loginWord = countWord('logins', false, wording).replace(/^successful /, '');
  const successes = bars.reduce((sum, bar) => sum + bar.successes, 0);
  const range = `From ${formatTime(first)} to ${formatTime(last)}.`;
  // With no failure at all, a "busiest" zero would be nonsense: say what the bars are.
  const summary =
    peak.attempts === 0
      ? `No ${attemptsWord}; ${countText(successes, 'logins', wording)}, marked ▲. ${range}`
      : `Busiest ${zoomWord[zoom]}: ${formatTime(peak.start)}, ${countText(peak.attempts, 'attempts', wording)}. ${range}`;
  const title = `${attemptsWord.charAt(0).toUpperCase()}${attemptsWord.slice(1)} over time`;

  return (
    <section aria-labelledby="attempts-chart-title" className="chart panel">
      <h3 id="attempts-chart-title">{title}</h3>
      <div role="group" aria-label="Chart zoom" className="zoom-buttons">
        {(Object.keys(zoomLabels) as TimelineZoom[]).map((each) => (
          <button key={each} type="button" aria-pressed={zoom === each} onClick={() => setZoom(each)}>
            {zoomLabels[each]}
          </button>
        ))}
      </div>
      <p>{summary}</p>
      {slots > 2_000 ? (
        <p>Too many {zoomWord[zoom]}s to draw; choose a wider zoom.</p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Bar chart. ${summary}`}
          className="attempts-svg"
        >
          <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="axis" />
          {bars.map((bar) => {
            const x = ((bar.start - first) / step) * barWidth;
            const barHeight = bar.attempts * scale;
            return (
              <g key={bar.start}>
                <rect
                  x={x}
                  y={height - bottom - barHeight}
                  width={Math.max(1, barWidth - 1)}
                  height={barHeight}
                  className="bar"
                >
                  <title>{`${formatTime(bar.start)}: ${countText(bar.attempts, 'attempts', wording)}`}</title>
                </rect>
                {bar.successes > 0 && (
                  <text
                    x={x + barWidth / 2}
                    y={height - bottom - barHeight - 4}
                    textAnchor={markAnchor(x + barWidth / 2)}
                    className="login-mark"
                  >
                    ▲ {loginWord}
                  </text>
                )}
              </g>
            );
          })}
          <text x={0} y={height - 6} className="axis-label">
            {formatTime(first)}
          </text>
          <text x={width} y={height - 6} textAnchor="end" className="axis-label">
            {formatTime(last)}
          </text>
        </svg>
      )}
      <details>
        <summary>Show these numbers as a table</summary>
        <div className="table-scroll small-table">
          <table aria-label={`${title.replace(/ over time$/, '')} ${zoomLabels[zoom].toLowerCase()}`}>
            <thead>
              <tr>
                <th scope="col">{zoomWord[zoom] === 'day' ? 'Day' : 'From'}</th>
                <th scope="col" className="number">
                  {title.replace(/ over time$/, '')}
                </th>
                <th scope="col" className="number">
                  {countWord('logins', true, wording).replace(/^s/, 'S')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.start}>
                  <td>{formatTime(bar.start)}</td>
                  <td className="number">{formatCount(bar.attempts)}</td>
                  <td className="number">{formatCount(bar.successes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
