import type { PackageBuildState } from './ensurePackagesBuilt'
import { type SectionResult, skippedSection } from './SectionResult'

/** Sections 4 and 5 in Chromium. */
export async function benchBrowser(_builds: readonly PackageBuildState[]): Promise<SectionResult> {
  return skippedSection('openLatency', '4. Open latency', 'not written yet', 'not written yet')
}
