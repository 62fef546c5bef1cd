"use client";

import { Component, type ReactNode } from "react";

type Props = { message: string; retryLabel: string; testId: string; children: ReactNode };
type State = { failed: boolean };

/**
 * One tile's error boundary: a failed query (thrown by the tile's server component and replayed
 * here) shows a small message inside the tile, and the rest of the dashboard stays. The text comes
 * from the server already translated; the real error is never shown (production masks it anyway).
 */
export class TileBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="status" data-testid="tile-error" data-tile={this.props.testId} className="flex h-full flex-col items-start justify-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        <p>{this.props.message}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-md border border-red-300 bg-white px-2.5 py-1 text-xs font-medium text-red-800 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
        >
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
