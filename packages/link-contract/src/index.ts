/**
 * `@linkwheel/link-contract`: Pinwheel Link's event catalogue per Link major, written from
 * Pinwheel's own SDK sources, with fixtures. Test and development data only: no production
 * bundle may import it (`test/notInProductionBundles.test.ts` checks the built dists).
 */
export type { LinkEventFixture } from './fixtures/linkEventFixtures'
export { linkEventFixtures } from './fixtures/linkEventFixtures'
export type { LinkMajor } from './knownValues'
export {
  knownErrorCodes,
  knownErrorTypes,
  knownScreenNames,
  knownSuccessJobs,
  linkMajors,
} from './knownValues'
export type { LinkEventSchemas } from './schemas/linkEventCatalogue'
export type { ContractMode } from './schemas/payloadSchemas'
export type { LinkEventValidation } from './validateLinkEvent'
export { linkEventSchemas, validateLinkEvent } from './validateLinkEvent'

/** A string only this package holds: a built dist that contains it has bundled the contract. */
export const LINK_CONTRACT_MARKER = 'linkwheel-link-contract:test-data-only'
