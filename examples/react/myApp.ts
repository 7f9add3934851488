/** Stand-ins for an app's own functions, which the README examples call. */
export function saveAccount(accountId: string, job: string): void {
  void accountId
  void job
}

/** Sends an error code to the app's error tracker. */
export function report(code: string): void {
  void code
}

/** The app's analytics client. */
export const analytics = {
  track(name: string, properties: unknown): void {
    void name
    void properties
  },
}
