import { isLinkScriptError, isLinkSessionError, type PinwheelError } from '@linkwheel/react'
import { PlaygroundRequestError } from './playgroundApi'

/** A problem shown above the Link button: what happened and what to do. */
export interface LinkProblem {
  /** Short title. */
  title: string
  /** What to do about it. */
  message: string
  /** The code behind it, e.g. `token_used`, `usedLinkToken`, `mock_api_unreachable`. */
  code: string
}

const tokenAdvice = 'Choose “A new token for each open” under Token, then open Link again.'

/** Explains an `invalidLinkToken` (or other) error that Link itself reported. */
export function explainPinwheelError(error: PinwheelError): LinkProblem {
  switch (error.code) {
    case 'usedLinkToken':
      return {
        title: 'This link token was already used',
        message: `Link tokens are single-use. ${tokenAdvice}`,
        code: error.code,
      }
    case 'expiredLinkToken':
      return {
        title: 'This link token has expired',
        message: `Link tokens last one hour. ${tokenAdvice}`,
        code: error.code,
      }
    case 'invalidLinkTokenSignature':
      return {
        title: 'This link token is not valid',
        message: `Its signature does not match: it was altered, or made by another server. ${tokenAdvice}`,
        code: error.code,
      }
    case 'invalidLinkTokenEnvironment':
      return {
        title: 'This link token is for another environment',
        message: tokenAdvice,
        code: error.code,
      }
    default:
      return { title: `Link reported ${error.type}`, message: error.message, code: error.code }
  }
}

/** Explains why `open()` was refused: token fetch failures, expired or used tokens, script errors. */
export function explainOpenFailure(error: unknown, tokenError: unknown): LinkProblem {
  if (isLinkSessionError(error)) {
    switch (error.code) {
      case 'token_expired':
        return {
          title: 'This link token has expired',
          message: `Link tokens last one hour. ${tokenAdvice}`,
          code: error.code,
        }
      case 'token_used':
        return {
          title: 'This link token was already used',
          message: `This page already opened Link with it, and tokens are single-use. ${tokenAdvice}`,
          code: error.code,
        }
      case 'token_fetch_failed':
      case 'missing_token': {
        const cause = tokenError ?? error.cause
        if (cause instanceof PlaygroundRequestError) {
          return {
            title: 'Could not create a link token',
            message: cause.message,
            code: cause.code,
          }
        }
        return {
          title: 'Could not get a link token',
          message: cause instanceof Error ? cause.message : error.message,
          code: error.code,
        }
      }
      case 'already_open':
        return {
          title: 'Link is already open',
          message: 'Finish or close the open Link first.',
          code: error.code,
        }
      case 'cancelled':
        return {
          title: 'Link was closed before it opened',
          message: error.message,
          code: error.code,
        }
      default:
        return { title: 'Link could not open', message: error.message, code: error.code }
    }
  }
  if (isLinkScriptError(error)) {
    return {
      title: 'The sandbox Link script did not load',
      message: `${error.message} The mock API serves it: is \`pnpm dev\` still running?`,
      code: error.code,
    }
  }
  return {
    title: 'Link could not open',
    message: error instanceof Error ? error.message : String(error),
    code: 'unknown',
  }
}
