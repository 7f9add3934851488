import { describe, expect, it } from 'vitest'
import { measureBundleSize } from '../src/measureBundleSize'

describe('measureBundleSize', () => {
  it('bundles and compresses an entry, gzip and brotli smaller than the minified output', async () => {
    const size = await measureBundleSize("export { createStore } from 'zustand/vanilla'")
    expect(size.packages).toContain('zustand')
    expect(size.gzip).toBeLessThan(size.minified)
    expect(size.brotli).toBeLessThan(size.minified)
  })

  it('keeps React external so only the wrapper is counted', async () => {
    const size = await measureBundleSize("export { usePlaidLink } from 'react-plaid-link'")
    expect(size.packages).not.toContain('react')
    expect(size.packages).toContain('react-plaid-link')
  })

  it('lists only packages with code in the bundle, not those tree-shaken away', async () => {
    const size = await measureBundleSize(
      "import { createStore } from 'zustand/vanilla'\nexport const kept = () => typeof createStore\nexport const shaken = 1",
    )
    expect(size.packages).toContain('zustand')
    const shaken = await measureBundleSize(
      "import { createStore } from 'zustand/vanilla'\nconst unused = () => createStore\nexport const kept = 1",
    )
    expect(shaken.packages).not.toContain('zustand')
    expect(shaken.inputs.every((input) => input.bytes > 0)).toBe(true)
  })

  it('rejects an import the package does not export', async () => {
    await expect(measureBundleSize("export { nope } from 'zustand/vanilla'")).rejects.toThrow()
  })
})
