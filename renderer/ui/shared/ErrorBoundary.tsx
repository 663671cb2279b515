import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

/**
 * A screen that fails to draw says so and offers a way back, instead of leaving a blank window.
 * Nothing is lost: the cases are in the database, not in the screen.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A screen failed to draw', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel">
        <h1>Something went wrong while showing this screen</h1>
        <p>Your cases and evidence are safe: they are stored on this computer, not in the screen.</p>
        <p>
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the app
        </button>
      </div>
    );
  }
}
