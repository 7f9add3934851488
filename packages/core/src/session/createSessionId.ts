/**
 * A v4 uuid. `crypto.randomUUID` is missing outside secure contexts (plain-http dev hosts): then
 * each `x` of the template gets a random hex digit, and `y` one of 8, 9, a, b (the variant).
 */
export function createSessionId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
        const random = (crypto.getRandomValues(new Uint8Array(1))[0] as number) & 15
        return (char === 'x' ? random : (random & 3) | 8).toString(16)
      })
}
