import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** The panel's name, for the message. */
  title: string
  /** The panel. */
  children: ReactNode
}

/**
 * Keeps one panel's render error inside that panel: it shows what failed and a retry button, and
 * the rest of the page keeps working. (React catches render errors only in a class component.)
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console: the message on the page is short.
    console.warn(`[linkwheel playground] ${this.props.title} failed`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <section className="panel" aria-label={this.props.title}>
        <h2>{this.props.title}</h2>
        <p className="error" role="alert">
          This panel stopped: {this.state.error.message}
        </p>
        <button type="button" className="secondary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    )
  }
}
