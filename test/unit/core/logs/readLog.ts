// Reads a fixture log the way the import does: its format detected from its first lines, then
// every line through that format's parser and the analysis, every event kept for the test.
import { readFileSync } from 'node:fs';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';

export function fixture(path: string): string {
  return readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
}

export function readLogText(text: string, name = 'log', timeZone = 'UTC') {
  const format = detectFormat(text.split('\n', 50));
  if (!format) throw new Error(`${name}: no format detected`);
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: name,
    format,
    time: { year: 2026, timeZone },
    onEvent: (event) => events.push({ ...event }),
  });
  analyzer.push(text);
  const analysis = analyzer.finish();
  return { format: format.id, analysis, events };
}

export function readLog(path: string, timeZone = 'UTC') {
  return readLogText(fixture(path), path, timeZone);
}

/** The events as [line, kind, ip, user, count] rows, for compact expectations. */
export function rows(events: readonly AuthEvent[]) {
  return events.map((event) => [event.line, event.kind, event.ip, event.user, event.count]);
}
