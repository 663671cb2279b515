// Runs a fixture log through the same pipeline as the import worker and the command line, then
// flags the logins and answers "did they get in?" the way the Logins step does.
import { readFileSync } from 'node:fs';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { flagLogins } from '../../../../renderer/core/analysis/loginFlags';
import { caseVerdict } from '../../../../renderer/core/analysis/caseVerdict';
import { classifyAttack } from '../../../../renderer/core/analysis/attackClassification';
import { defaultAttackThresholds } from '../../../../renderer/core/analysis/attackThresholds';

export function fixtureText(name: string): string {
  const path =
    name === 'sample-auth.log' ? '../../../../assets/sample-auth.log' : `../../../fixtures/sshd/${name}`;
  return readFileSync(new URL(path, import.meta.url), 'utf8');
}

export function analyzeFixture(name: string, thresholds = defaultAttackThresholds) {
  const analyzer = createLogAnalyzer({
    file: name,
    format: sshdFormat,
    time: { year: 2026, timeZone: 'UTC' },
  });
  analyzer.push(fixtureText(name));
  const analysis = analyzer.finish();
  const logins = flagLogins(analysis.logins, analysis.sources, { thresholds });
  const verdict = caseVerdict({
    logins,
    timelines: [analysis.timeline],
    formatIds: [analysis.summary.format],
    files: [{ ...analysis.summary, name }],
    thresholds,
  });
  const classification = classifyAttack(analysis.sources, logins, thresholds);
  return { analysis, logins, verdict, classification };
}
