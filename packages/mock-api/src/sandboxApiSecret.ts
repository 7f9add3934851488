/**
 * The API secret the mock API accepts when neither the `apiSecret` option nor the
 * `PINWHEEL_API_SECRET` environment variable is set. Public on purpose: it guards nothing.
 */
export const sandboxApiSecret = 'pw_sandbox_demo_secret'
