/** A caller-given time if it is a finite number, else `undefined` (so the store's clock is used). */
export function validTime(at: unknown): number | undefined {
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined
}
