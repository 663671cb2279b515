import { useState } from 'react';
import { useNavigation } from '../state/store';
import { CaseListScreen } from './cases/CaseListScreen';
import { CaseView } from './caseView/CaseView';
import { ErrorBoundary } from './shared/ErrorBoundary';
import { SettingsScreen } from './settings/SettingsScreen';

export function App() {
  const { openCaseId } = useNavigation();
  const [showSettings, setShowSettings] = useState(false);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Incident Notebook</span>
        <span className="app-tagline">From a scary log to a finished incident, one step at a time.</span>
        <button type="button" className="header-button" onClick={() => setShowSettings((value) => !value)}>
          {showSettings ? 'Close your details' : 'Your details'}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          {showSettings ? (
            <SettingsScreen onDone={() => setShowSettings(false)} />
          ) : openCaseId === null ? (
            <CaseListScreen />
          ) : (
            <CaseView caseId={openCaseId} />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
