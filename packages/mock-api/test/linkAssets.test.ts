import { describe, expect, it } from 'vitest'
import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'

const get = (api: ReturnType<typeof createMockPinwheelApi>, path: string) =>
  api.fetch(new Request(`http://127.0.0.1:4010${path}`))

describe('GET /link/*', () => {
  it('serves the injected assets with content types and cross-origin headers', async () => {
    const api = createMockPinwheelApi({
      linkAssets: async () => ({
        hostScript: 'window.Pinwheel={}',
        frameHtml: '<!doctype html>',
        frameScript: 'void 0',
      }),
    })
    const script = await get(api, '/link/pinwheel.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('access-control-allow-origin')).toBe('*')
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(await script.text()).toBe('window.Pinwheel={}')
    const frame = await get(api, '/link/frame.html')
    expect(frame.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await frame.text()).toBe('<!doctype html>')
    expect(await (await get(api, '/link/frame.js')).text()).toBe('void 0')
    expect(await (await get(api, '/link/pinwheel-v3.0.1.js')).text()).toBe('window.Pinwheel={}')
    expect((await get(api, '/link/other.js')).status).toBe(404)
  })

  it('serves the real sandbox Link files from @linkwheel/sandbox-link', {
    timeout: 60_000,
  }, async () => {
    const api = createMockPinwheelApi()
    const script = await (await get(api, '/link/pinwheel.js')).text()
    expect(script).toContain('Pinwheel')
    const html = await (await get(api, '/link/frame.html')).text()
    expect(html.toLowerCase()).toContain('<!doctype html>')
    expect(html).toContain('frame.js')
    expect((await (await get(api, '/link/frame.js')).text()).length).toBeGreaterThan(1000)
  })
})
