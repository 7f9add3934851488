/**
 * `@linkwheel/sandbox-link`: a simulated Pinwheel Link modal. This entry is Node code for servers
 * (the mock API): it never touches the DOM. The browser files come from {@link getSandboxLinkAssets}.
 */
export type { SandboxEmployer } from './fixtures/sandboxEmployers.js'
export { sandboxEmployers } from './fixtures/sandboxEmployers.js'
export type { SandboxPlatform } from './fixtures/sandboxPlatforms.js'
export { sandboxPlatforms } from './fixtures/sandboxPlatforms.js'
export type { SandboxLinkAssets } from './getSandboxLinkAssets.js'
export {
  bundleSources,
  getSandboxLinkAssets,
  sandboxLinkFileNames,
} from './getSandboxLinkAssets.js'
export type * from './protocol/linkApi.js'
