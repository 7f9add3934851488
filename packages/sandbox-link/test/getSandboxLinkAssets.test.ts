import { describe, expect, it } from 'vitest'
import { bundleSources, getSandboxLinkAssets } from '../src/index'

describe('getSandboxLinkAssets', () => {
  it('returns the host script, the frame page and the frame script, and memoises them', async () => {
    const first = getSandboxLinkAssets()
    expect(getSandboxLinkAssets()).toBe(first)
    const assets = await first
    expect(assets.hostScript).toContain('PINWHEEL_INIT')
    expect(assets.hostScript).toContain('pinwheel-portal')
    expect(assets.frameScript).toContain('/internal/link/sessions')
    expect(assets.frameHtml).toMatch(/<script src="\.\/frame\.js"><\/script>/)
    expect(assets.frameHtml).toContain('id="app"')
  })

  it('bundles the sources into browser IIFEs that do not import anything', async () => {
    const assets = await bundleSources()
    for (const script of [assets.hostScript, assets.frameScript]) {
      expect(
        script.trimStart().startsWith('"use strict";\n(() => {') ||
          script.trimStart().startsWith('(() => {'),
      ).toBe(true)
      expect(script).not.toMatch(/^\s*import\s/m)
      expect(script).not.toMatch(/\brequire\(/)
    }
  })
})
