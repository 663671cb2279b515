/** @jsxRuntime automatic */
// Attempts over time as bars, readable without colour (bar height is the only encoding) and with
// a sentence beside it that says the same: the busiest period and the total.
import { Svg, Rect, Line, Text, View } from '@react-pdf/renderer';
import type { AttemptTimeline } from '../core/report/reportEvidence';
import { utcStamp } from '../core/report/reportTime';
import { ink, muted, pdfStyles } from './pdfStyles';
import { largest } from '../core/math/extremes';
import { countText } from '../core/analysis/attackCounts';

const width = 499;
const height = 120;

/**
 * The chart's sentence. The length of the attack is `duration`, the one the "When" section states
 * (attackDuration in managementSummary.ts): counting the bars said "in 6 hours" beside "went on
 * for 4 hours 9 minutes".
 */
export function attemptsChartSummary(timeline: AttemptTimeline, duration?: string | null): string {
  const total = timeline.counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 'No login attempts to chart.';
  const peak = largest(timeline.counts);
  const peakAt = timeline.start + timeline.counts.indexOf(peak) * timeline.bucketMs;
  const unit = timeline.bucketMs === 3_600_000 ? 'hour' : timeline.bucketMs === 86_400_000 ? 'day' : 'week';
  const ours = timeline.fromOurAddresses ?? 0;
  return (
    `${countText(total, 'attempts')}${duration ? `, which went on for ${duration}` : ''}; the busiest ${unit} began ${utcStamp(peakAt)} with ${countText(peak, 'attempts')}.` +
    (ours > 0
      ? ` Of them, ${countText(ours, 'attempts')} came from addresses marked as ours, which the rest of this summary leaves out.`
      : '')
  );
}

export function AttemptsChart({
  timeline,
  duration,
}: {
  timeline: AttemptTimeline;
  duration?: string | null;
}) {
  const peak = Math.max(1, largest(timeline.counts));
  const slot = timeline.counts.length > 0 ? width / timeline.counts.length : width;
  const end = timeline.start + timeline.counts.length * timeline.bucketMs;
  return (
    <View wrap={false}>
      <Text style={[pdfStyles.sectionTitle, { fontSize: 10.5 }]}>Login attempts over time</Text>
      <Text style={pdfStyles.small}>
        Login attempts per {timeline.bucketMs === 3_600_000 ? 'hour' : 'period'} (highest bar:{' '}
        {peak.toLocaleString('en-US')})
      </Text>
      <Svg width={width} height={height}>
        <Line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} stroke={ink} strokeWidth={1} />
        {timeline.counts.map((count, index) => {
          const barHeight = (count / peak) * (height - 6);
          return (
            <Rect
              key={index}
              x={index * slot + slot * 0.12}
              y={height - 1 - barHeight}
              width={Math.max(0.8, slot * 0.76)}
              height={barHeight}
              fill={muted}
            />
          );
        })}
      </Svg>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
        <Text style={pdfStyles.small}>{utcStamp(timeline.start)}</Text>
        <Text style={pdfStyles.small}>{utcStamp(end)}</Text>
      </View>
      <Text style={[pdfStyles.paragraph, { marginTop: 3 }]}>{attemptsChartSummary(timeline, duration)}</Text>
    </View>
  );
}
