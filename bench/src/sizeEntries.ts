/** One import whose bundle size the bench measures. */
export interface SizeEntry {
  /** Key in `size-budget.json` and `results.json`. */
  id: string
  /** The import as an app writes it, printed in the table. */
  label: string
  /** The module esbuild bundles: it re-exports exactly what the import names. */
  source: string
  /** `ours` for linkwheel packages, `peer` for the SDKs people would pick instead. */
  kind: 'ours' | 'peer'
  /** Which linkwheel package must be built for the entry to be measured. */
  needs: 'core' | 'react' | null
}

/**
 * The imports compared in the size table. Each peer's entry is its equivalent of
 * `import { PinwheelLink }`: the component or hook an app needs to open that provider's modal.
 */
export const sizeEntries: readonly SizeEntry[] = [
  {
    id: 'PinwheelLink',
    label: "import { PinwheelLink } from '@linkwheel/react'",
    source: "export { PinwheelLink } from '@linkwheel/react'",
    kind: 'ours',
    needs: 'react',
  },
  {
    id: 'usePinwheelLink',
    label: "import { usePinwheelLink } from '@linkwheel/react'",
    source: "export { usePinwheelLink } from '@linkwheel/react'",
    kind: 'ours',
    needs: 'react',
  },
  {
    id: 'PinwheelLink+analytics',
    label: "import { PinwheelLink, usePinwheelEvents, selectFunnel } from '@linkwheel/react'",
    source: "export { PinwheelLink, usePinwheelEvents, selectFunnel } from '@linkwheel/react'",
    kind: 'ours',
    needs: 'react',
  },
  {
    id: 'react-all',
    label: "import * from '@linkwheel/react' (everything)",
    source: "export * from '@linkwheel/react'",
    kind: 'ours',
    needs: 'react',
  },
  {
    id: 'core-all',
    label: "import * from '@linkwheel/core' (everything)",
    source: "export * from '@linkwheel/core'",
    kind: 'ours',
    needs: 'core',
  },
  {
    id: '@pinwheel/react-modal',
    label: "import PinwheelModal from '@pinwheel/react-modal' (3.0.0)",
    source: "export { default } from '@pinwheel/react-modal'",
    kind: 'peer',
    needs: null,
  },
  {
    id: 'react-plaid-link',
    label: "import { usePlaidLink, PlaidLink } from 'react-plaid-link'",
    source: "export { usePlaidLink, PlaidLink } from 'react-plaid-link'",
    kind: 'peer',
    needs: null,
  },
  {
    id: '@mergeapi/react-merge-link',
    label: "import { useMergeLink } from '@mergeapi/react-merge-link'",
    source: "export { useMergeLink } from '@mergeapi/react-merge-link'",
    kind: 'peer',
    needs: null,
  },
  {
    id: '@truv/react',
    label: "import TruvBridge from '@truv/react'",
    source: "export { default } from '@truv/react'",
    kind: 'peer',
    needs: null,
  },
]
