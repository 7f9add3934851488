import type { PackageBuildState } from './ensurePackagesBuilt'
import { type SectionResult, skippedSection } from './SectionResult'

/** Section 3: re-renders of 200 components reading different slices. */
export async function benchRerenders(
  _builds: readonly PackageBuildState[],
): Promise<SectionResult> {
  return skippedSection('rerenders', '3. Re-renders', 'not written yet', 'not written yet')
}
