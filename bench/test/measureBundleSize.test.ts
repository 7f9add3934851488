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

  it('rejects an import the package does not export', async () => {
    await expect(measureBundleSize("export { nope } from 'zustand/vanilla'")).rejects.toThrow()
  })
})
