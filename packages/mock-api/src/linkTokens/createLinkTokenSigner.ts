import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose'
import type { LinkTokenClaims } from '../internal/state.js'

/** Why a presented Link token was refused. */
export type LinkTokenFailure =
  | 'invalidLinkTokenSignature'
  | 'expiredLinkToken'
  | 'invalidLinkTokenEnvironment'

/** Signs and checks Link token JWTs (HS256). */
export interface LinkTokenSigner {
  sign(
    claims: Omit<LinkTokenClaims, 'iat' | 'exp'>,
    issuedAt: Date,
    expiresAt: Date,
  ): Promise<string>
  verify(
    token: string,
    now: Date,
  ): Promise<{ ok: true; claims: LinkTokenClaims } | { ok: false; code: LinkTokenFailure }>
}

/** Creates the JWT signer of one mock API instance, keyed with `key` (HS256). */
export function createLinkTokenSigner(key: Uint8Array): LinkTokenSigner {
  return {
    sign(claims, issuedAt, expiresAt) {
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key)
    },
    async verify(token, now) {
      let mode: unknown
      try {
        mode = decodeJwt(token).mode
      } catch {
        return { ok: false, code: 'invalidLinkTokenSignature' }
      }
      // A token from a real Pinwheel environment gets a clearer answer than "bad signature".
      if (mode !== undefined && mode !== 'sandbox')
        return { ok: false, code: 'invalidLinkTokenEnvironment' }
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: now })
        return { ok: true, claims: payload as unknown as LinkTokenClaims }
      } catch (error) {
        if (error instanceof errors.JWTExpired) return { ok: false, code: 'expiredLinkToken' }
        return { ok: false, code: 'invalidLinkTokenSignature' }
      }
    },
  }
}
