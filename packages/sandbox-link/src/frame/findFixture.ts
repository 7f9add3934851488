import { type SandboxEmployer, sandboxEmployers } from '../fixtures/sandboxEmployers.js'
import { type SandboxPlatform, sandboxPlatforms } from '../fixtures/sandboxPlatforms.js'

/** The sandbox employer and platform a token or an account names (`undefined` when unknown). */
export const findFixture = {
  employer: (id: string | null): SandboxEmployer | undefined =>
    sandboxEmployers.find((e) => e.id === id),
  platform: (id: string | null): SandboxPlatform | undefined =>
    sandboxPlatforms.find((p) => p.id === id),
}
