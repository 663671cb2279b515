import { useNavigation } from '../state/store';
import { CaseListScreen } from './cases/CaseListScreen';
import { CaseView } from './caseView/CaseView';
import { ErrorBoundary } from './shared/ErrorBoundary';

export function App() {
  const { openCaseId } = useNavigation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Incident Notebook</span>
        <span className="app-tagline">From a scary log to a finished incident, one step at a time.</span>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          {openCaseId === null ? <CaseListScreen /> : <CaseView caseId={openCaseId} />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
