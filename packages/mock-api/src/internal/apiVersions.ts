/**
 * The API versions Pinwheel's OpenAPI spec lists for `Pinwheel-Version` (newest first), and the
 * ones its docs call sunset ("no longer officially supported"): a request naming one gets a 400.
 */
export const pinwheelApiVersions = [
  '2025-07-08',
  '2023-11-22',
  '2023-07-18',
  '2023-04-18',
  '2022-09-09',
  '2022-06-22',
  '2022-03-02',
] as const

/** A `Pinwheel-Version` the mock (and Pinwheel) accepts. */
export type PinwheelApiVersion = (typeof pinwheelApiVersions)[number]

/** Versions Pinwheel's docs list as no longer supported. */
export const sunsetPinwheelApiVersions = ['2021-07-28', '2021-04-29'] as const

/** Webhook payload versions (`version` of `POST /v1/webhooks`): API versions from 2022-09-09. */
export const webhookVersions = [
  '2025-07-08',
  '2023-11-22',
  '2023-07-18',
  '2023-04-18',
  '2022-09-09',
] as const

/** A webhook's payload version. */
export type WebhookVersion = (typeof webhookVersions)[number]

/** Whether `value` is a version the mock accepts. */
export function isPinwheelApiVersion(value: string): value is PinwheelApiVersion {
  return (pinwheelApiVersions as readonly string[]).includes(value)
}

/** Whether version `a` is `b` or newer (dates compare as strings). */
export function isAtLeast(a: string, b: PinwheelApiVersion): boolean {
  return a >= b
}
