import { useState } from 'react';
import { useServices } from '../appServices';
import { openNewCase } from '../../db/caseLifecycle';
import { usePersonSettings } from '../settings/usePersonSettings';
import { useNavigation } from '../../state/store';

/** The demo log's timestamps were written in UTC (see assets/README.md). */
const sampleTime = { year: 2026, timeZone: 'UTC' };

export function SampleCaseButton() {
  const { db, api, importRunner } = useServices();
  const { openCase } = useNavigation();
  const { name } = usePersonSettings();
  const [problem, setProblem] = useState<string | null>(null);

  async function startSampleCase() {
    setProblem(null);
    try {
      const sample = await api.loadSampleLog();
      const caseId = await openNewCase(
        db,
        {
          title: 'Sample: failed logins on srv01',
          server: 'srv01',
          noticedBy: 'Sample case',
          description: 'A sample case made from a built-in example log, to show how the app works.',
        },
        name,
      );
      openCase(caseId, 'import');
      await importRunner.importFiles(caseId, [new File([sample.bytes.slice()], sample.name)], sampleTime);
    } catch (error) {
      setProblem(`The sample could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <div className="sample">
      <button type="button" onClick={startSampleCase}>
        Try it with a sample
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
