import { benchViteApp } from './benchViteApp'
import type { PackageBuildState } from './ensurePackagesBuilt'
import { measureBundleSize } from './measureBundleSize'
import { measureSizeEntries } from './measureSizeEntries'
import type { SectionResult } from './SectionResult'
import { skippedSection } from './SectionResult'
import { sizeEntries } from './sizeEntries'

const method =
  "Each import is a one-line module (`export { X } from 'pkg'`) bundled by esbuild " +
  '(`bundle`, `minify`, `format: esm`, `platform: browser`, `NODE_ENV=production`), with react, ' +
  'react-dom and their jsx/client entries external and everything else bundled (zustand included). ' +
  'linkwheel packages are read from their built `dist` (the `import` export condition, what npm users ' +
  'get; rebuilt by the bench when missing or older than `src`). gzip: `zlib.gzipSync` level 9; ' +
  'brotli: quality 11. Ratio: gzip size ÷ gzip size of `PinwheelLink`.'

/** Issue 16's goal for `import { PinwheelLink }` (B gzip), printed as met or missed. */
export const pinwheelLinkGzipTarget = 2400

/**
 * Section 1: bundle sizes of linkwheel's entries beside the peers' equivalent entries, then (1b)
 * the bytes each adds to a real Vite production build.
 */
export async function benchBundleSizes(
  builds: readonly PackageBuildState[],
): Promise<SectionResult[]> {
  const viteApp = builds.every((b) => b.fresh)
    ? await benchViteApp()
    : skippedSection(
        'viteApp',
        '1b. Bytes added to a Vite production build',
        'vite build',
        'the packages have no fresh build',
      )
  return [await measuredSizes(builds), viteApp]
}

async function measuredSizes(builds: readonly PackageBuildState[]): Promise<SectionResult> {
  const measured = await measureSizeEntries(sizeEntries, builds)
  const reference = measured.find((entry) => entry.id === 'PinwheelLink')
  const referenceGzip = reference?.ok ? reference.size.gzip : null
  const rows = measured.map((entry) =>
    entry.ok
      ? [
          entry.label,
          entry.version,
          entry.size.minified,
          entry.size.gzip,
          entry.size.brotli,
          referenceGzip ? `${(entry.size.gzip / referenceGzip).toFixed(2)}×` : 'n/a',
          entry.size.packages.filter((p) => p !== '(entry)').join(', '),
        ]
      : [entry.label, entry.version, '–', '–', '–', '–', `skipped: ${entry.reason}`],
  )
  const notes: string[] = []
  if (reference?.ok) {
    const peers = measured.filter((entry) => entry.kind === 'peer' && entry.ok)
    const larger = peers.filter((peer) => peer.ok && peer.size.gzip <= reference.size.gzip)
    notes.push(
      `Target ≤ ${pinwheelLinkGzipTarget} B gzip for \`PinwheelLink\`: ${reference.size.gzip} B, ${
        reference.size.gzip <= pinwheelLinkGzipTarget ? 'met' : 'MISSED'
      }.`,
      larger.length === 0
        ? `Smaller than every peer's equivalent entry: yes (${peers.length} peers).`
        : `Smaller than every peer's equivalent entry: NO, not smaller than ${larger.map((p) => p.id).join(', ')}.`,
    )
  } else {
    notes.push(
      `\`PinwheelLink\` not measured: ${reference && !reference.ok ? reference.reason : 'missing'}.`,
    )
  }
  if (reference?.ok) {
    // Where the bytes come from: the same entry bundled from sources, so each file shows up.
    const fromSource = await measureBundleSize(reference.source, { conditions: ['source'] }).catch(
      () => null,
    )
    if (fromSource) {
      const top = fromSource.inputs
        .slice(0, 8)
        .map(
          (input) =>
            `${input.file.replace(/^packages\//, '')} ${input.bytes.toLocaleString('en-US')} B`,
        )
      notes.push(
        `Largest parts of \`PinwheelLink\` (minified bytes per file, bundled once more from \`src\` via the \`source\` condition to see files; total ${fromSource.minified.toLocaleString('en-US')} B min / ${fromSource.gzip.toLocaleString('en-US')} B gzip): ${top.join('; ')}.`,
      )
    }
  }
  return {
    id: 'bundleSize',
    title: '1. Bundle size (min + gzip)',
    status: 'ok',
    reason: null,
    method,
    columns: [
      'import',
      'version',
      'min (B)',
      'gzip (B)',
      'brotli (B)',
      'gzip vs PinwheelLink',
      'bundled packages',
    ],
    rows,
    notes,
    data: measured,
  }
}
