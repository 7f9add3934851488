import type { SandboxUserName } from '../internal/state.js'

/** The password every sandbox user accepts. */
export const sandboxPassword = 'pass_good'

/** The MFA code `user_mfa` accepts: the literal `mfa_code`, as in Pinwheel's sandbox. */
export const sandboxMfaCode = 'mfa_code'

/** Usernames the sandbox login knows, besides `user_locked` (which never logs in). */
export const sandboxUsers: readonly SandboxUserName[] = [
  'user_good',
  'user_mfa',
  'user_error',
  'user_pending',
]

/** True for a username that makes an account. */
export function isSandboxUser(username: string): username is SandboxUserName {
  return (sandboxUsers as readonly string[]).includes(username)
}
