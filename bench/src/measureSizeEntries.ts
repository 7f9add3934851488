import type { PackageBuildState } from './ensurePackagesBuilt'
import { type BundleSize, measureBundleSize } from './measureBundleSize'
import { packageVersion } from './packageVersion'
import type { SizeEntry } from './sizeEntries'

/** The outcome of measuring one {@link SizeEntry}: sizes, or the reason it could not be bundled. */
export type MeasuredEntry = SizeEntry & { version: string } & (
    | { ok: true; size: BundleSize }
    | { ok: false; reason: string }
  )

function packageName(entry: SizeEntry): string {
  const match = /from '([^']+)'/.exec(entry.source)
  return match?.[1] ?? '?'
}

/**
 * Bundles each entry from the packages' built `dist` (never the `source` condition). An entry
 * of ours whose package has no fresh build is reported as not measured, with the reason.
 */
export async function measureSizeEntries(
  entries: readonly SizeEntry[],
  builds: readonly PackageBuildState[],
): Promise<MeasuredEntry[]> {
  const measured: MeasuredEntry[] = []
  for (const entry of entries) {
    const version = packageVersion(packageName(entry))
    const build = entry.needs ? builds.find((b) => b.name === entry.needs) : undefined
    if (build && !build.fresh) {
      measured.push({
        ...entry,
        version,
        ok: false,
        reason: `@linkwheel/${build.name}: ${build.problem}`,
      })
      continue
    }
    try {
      measured.push({ ...entry, version, ok: true, size: await measureBundleSize(entry.source) })
    } catch (error) {
      measured.push({ ...entry, version, ok: false, reason: describeBuildError(error) })
    }
  }
  return measured
}

/** esbuild rejects with `{ errors: [{ text }] }`; its `message` only says how many errors there were. */
function describeBuildError(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'errors' in error &&
    Array.isArray(error.errors)
  ) {
    const first: unknown = error.errors[0]
    if (typeof first === 'object' && first !== null && 'text' in first)
      return `esbuild: ${String(first.text)}`
  }
  return error instanceof Error ? error.message : String(error)
}
