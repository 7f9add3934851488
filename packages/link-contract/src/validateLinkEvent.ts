import type { LinkMajor } from './knownValues'
import { type LinkEventSchemas, linkEventCatalogue } from './schemas/linkEventCatalogue'
import type { ContractMode } from './schemas/payloadSchemas'

const catalogues: Partial<Record<ContractMode, Readonly<Record<LinkMajor, LinkEventSchemas>>>> = {}

/** The catalogue of one major, built once per mode. */
export function linkEventSchemas(major: LinkMajor, mode: ContractMode = 'loose'): LinkEventSchemas {
  catalogues[mode] ??= linkEventCatalogue(mode)
  return catalogues[mode][major]
}

/** What {@link validateLinkEvent} found: `ok`, or the problems with the path of each field. */
export type LinkEventValidation =
  | { ok: true; name: string }
  | { ok: false; name: string; problems: string[] }

/**
 * Checks one `(eventName, payload)` against the catalogue of `major`. Names are matched
 * case-insensitively: the Android SDK reports them as its enum's upper-case names (`LOGIN`).
 * `strict` also refuses fields the sources do not name (for the sandbox, a stand-in for Link).
 */
export function validateLinkEvent(
  major: LinkMajor,
  eventName: string,
  payload: unknown,
  mode: ContractMode = 'loose',
): LinkEventValidation {
  const name = eventName.toLowerCase()
  const schema = linkEventSchemas(major, mode)[name]
  if (!schema) return { ok: false, name, problems: [`Link ${major} sends no event "${eventName}"`] }
  const result = schema.safeParse(payload)
  if (result.success) return { ok: true, name }
  return {
    ok: false,
    name,
    problems: result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`,
    ),
  }
}
