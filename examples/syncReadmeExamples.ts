import { writeFileSync } from 'node:fs'
import { readmeBlocks, readmes, readRepoFile, repoRoot } from './readmeExamples'

// `pnpm docs:examples`: copies each example file into the README block marked with its path.
// Edit the file (it is typechecked and run), then run this; `readmeExamples.test.ts` fails while
// a README and its files differ.
for (const readme of readmes) {
  const text = readRepoFile(readme)
  let next = text
  for (const block of readmeBlocks(readme, text).reverse()) {
    if (block.marker?.kind !== 'example') continue
    next = next.slice(0, block.start) + readRepoFile(block.marker.path) + next.slice(block.end)
  }
  if (next !== text) {
    writeFileSync(`${repoRoot}/${readme}`, next)
    console.log(`updated ${readme}`)
  }
}
