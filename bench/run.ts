/**
 * `pnpm bench`: runs every benchmark section in one go, prints a markdown table per section with
 * the date and machine, and writes `bench/results.json`. Flags: `--rebuild` forces a package build;
 * `--allow-stale` measures a dist older than src instead of skipping (marked in the output);
 * `--only=size,ingest,rerenders,browser,persistence` runs a subset (the JSON then holds only those).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { benchBrowser } from './src/benchBrowser'
import { benchBundleSizes } from './src/benchBundleSizes'
import { benchIngest } from './src/benchIngest'
import { benchPersistence } from './src/benchPersistence'
import { benchRerenders } from './src/benchRerenders'
import { ensurePackagesBuilt, type PackageBuildState } from './src/ensurePackagesBuilt'
import { machineInfo } from './src/machineInfo'
import { markdownTable } from './src/markdownTable'
import { benchDir } from './src/paths'
import { type SectionResult, skippedSection } from './src/SectionResult'

type SectionRunner = (
  builds: readonly PackageBuildState[],
) => Promise<SectionResult | SectionResult[]>

const sections: Record<string, { title: string; run: SectionRunner }> = {
  size: { title: '1. Bundle size', run: benchBundleSizes },
  ingest: { title: '2. Event store ingest', run: benchIngest },
  rerenders: { title: '3. Re-renders', run: benchRerenders },
  browser: { title: '4–5. Open latency and script requests (Chromium)', run: benchBrowser },
  persistence: { title: '6. Persistence burst (Chromium)', run: benchPersistence },
}

function renderSection(section: SectionResult): string {
  const lines = [`### ${section.title}`, '', `_How:_ ${section.method}`, '']
  if (section.status === 'skipped') {
    lines.push(`**skipped: ${section.reason}**`)
  } else {
    lines.push(markdownTable(section.columns, section.rows))
    if (section.notes.length > 0) lines.push('', ...section.notes.map((note) => `- ${note}`))
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  const unknown = only?.filter((name) => !(name in sections)) ?? []
  if (unknown.length > 0) {
    throw new Error(
      `Unknown section ${unknown.join(', ')}: use --only= with ${Object.keys(sections).join(',')}`,
    )
  }
  const machine = machineInfo()
  const builds = ensurePackagesBuilt({
    force: args.includes('--rebuild'),
    allowStale: args.includes('--allow-stale'),
  })
  const results: SectionResult[] = []
  for (const [name, section] of Object.entries(sections)) {
    if (only && !only.includes(name)) continue
    console.error(`[bench] ${section.title}…`)
    try {
      const result = await section.run(builds)
      results.push(...(Array.isArray(result) ? result : [result]))
    } catch (error) {
      // A section that crashes must not hide the others: report it as skipped, with the cause.
      const reason = error instanceof Error ? error.message : String(error)
      results.push(skippedSection(name, section.title, 'see bench/README.md', `crashed: ${reason}`))
    }
  }
  const header = [
    `## Benchmarks`,
    '',
    `Run ${machine.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ` +
      `Node ${machine.node}, ${machine.os}. linkwheel packages measured from their built \`dist\` ` +
      `(${builds.map((b) => `${b.name}: ${b.problem ?? 'fresh'}`).join('; ')}).`,
  ].join('\n')
  console.log([header, ...results.map(renderSection)].join('\n\n'))
  const file = path.join(benchDir, 'results.json')
  writeFileSync(file, `${JSON.stringify({ machine, builds, sections: results }, null, 2)}\n`)
  console.error(`[bench] wrote ${path.relative(process.cwd(), file)}`)
}

await main()
