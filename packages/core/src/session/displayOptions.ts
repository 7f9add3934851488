import type { InitializationParams } from '../params/InitializationParams'
import type { PinwheelLinkDisplayOptions } from './PinwheelLinkOptions'

const keys = [
  'useDarkMode',
  'modalStyling',
  'overlayStyling',
  'ariaHideDocumentContent',
  'useSecureOrigin',
] as const satisfies readonly (keyof PinwheelLinkDisplayOptions)[]

/** The Link options to pass the script: only those set, so Link's defaults apply to the rest. */
export function displayOptions(
  options: PinwheelLinkDisplayOptions,
): Pick<InitializationParams, (typeof keys)[number]> {
  const result: Record<string, unknown> = {}
  for (const key of keys) {
    if (options[key] !== undefined) result[key] = options[key]
  }
  return result as Pick<InitializationParams, (typeof keys)[number]>
}
