import { defaultClientConditions, defaultServerConditions } from 'vite'

/** Resolve workspace packages to their TypeScript sources (the `source` export condition). */
export const clientConditions = ['source', ...defaultClientConditions]
/** Same as {@link clientConditions}, for projects that run in Node. */
export const serverConditions = ['source', ...defaultServerConditions]

/** Flags Debian Chromium needs on this machine kind (see ../shared/TOOLCHAIN.md). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Where Debian puts Chromium; override with `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
