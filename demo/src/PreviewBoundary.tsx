import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Keeps the playground usable if a component throws while rendering (a bug, or a setting it refuses
 * by throwing); the message is shown instead of a blank panel. Reset by changing `resetKey`.
 */
export class PreviewBoundary extends Component<{ resetKey: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pg-crash" role="alert">
        <p>
          <strong>The component threw while rendering:</strong>
        </p>
        <pre className="pg-code">{this.state.error.message}</pre>
        <p className="pg-hint">Change a setting to try again.</p>
      </div>
    );
  }
}
