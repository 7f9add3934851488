import type { LinkLanguage } from '../protocol/linkApi.js'

/** Job names and error texts of one language, keyed by Pinwheel's job ids and error codes. */
export interface LinkVocabulary {
  /** People's names of Pinwheel's jobs (`direct_deposit_switch` → `Direct deposit switch`). */
  jobs: Record<string, string>
  /** What to tell the user for an error code; Pinwheel's API messages are English only. */
  errors: Record<string, string>
  /** For a code missing from {@link LinkVocabulary.errors}. */
  otherError: string
}

/** English and Spanish job names and error texts. */
export const linkVocabulary: Record<LinkLanguage, LinkVocabulary> = {
  en: {
    jobs: {
      direct_deposit_switch: 'Direct deposit switch',
      direct_deposit_allocations: 'Deposit allocations',
      employment: 'Employment',
      identity: 'Identity',
      income: 'Income',
      paystubs: 'Paystubs',
      shifts: 'Shifts',
      tax_forms: 'Tax forms',
      login: 'Payroll login',
    },
    errors: {
      invalidCredentials: 'That username or password is not right. Check them and try again.',
      accountLocked:
        'Your payroll account is locked. Unlock it with your payroll provider, then try again.',
      challengeAnswerIncorrect: 'That verification code is not right. Try again.',
      platformError: 'Your payroll provider is having trouble. Try again later.',
      systemError: 'Something went wrong on our side. Try again later.',
      expiredLinkToken: 'This link has expired. Go back to the app and start again.',
      usedLinkToken: 'This link was already used. Go back to the app and start again.',
      invalidLinkTokenSignature: 'This link is not valid. Go back to the app and start again.',
      invalidLinkTokenEnvironment: 'This link is not valid. Go back to the app and start again.',
    },
    otherError: 'Something went wrong. Try again.',
  },
  es: {
    jobs: {
      direct_deposit_switch: 'Cambio de depósito directo',
      direct_deposit_allocations: 'Asignaciones de depósito',
      employment: 'Empleo',
      identity: 'Identidad',
      income: 'Ingresos',
      paystubs: 'Recibos de pago',
      shifts: 'Turnos',
      tax_forms: 'Formularios fiscales',
      login: 'Acceso a la nómina',
    },
    errors: {
      invalidCredentials:
        'El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.',
      accountLocked:
        'Tu cuenta de nómina está bloqueada. Desbloquéala con tu proveedor de nómina y vuelve a intentarlo.',
      challengeAnswerIncorrect: 'El código de verificación no es correcto. Inténtalo de nuevo.',
      platformError: 'Tu proveedor de nómina tiene problemas. Inténtalo más tarde.',
      systemError: 'Algo salió mal de nuestro lado. Inténtalo más tarde.',
      expiredLinkToken: 'Este enlace caducó. Vuelve a la aplicación y empieza de nuevo.',
      usedLinkToken: 'Este enlace ya se usó. Vuelve a la aplicación y empieza de nuevo.',
      invalidLinkTokenSignature:
        'Este enlace no es válido. Vuelve a la aplicación y empieza de nuevo.',
      invalidLinkTokenEnvironment:
        'Este enlace no es válido. Vuelve a la aplicación y empieza de nuevo.',
    },
    otherError: 'Algo salió mal. Inténtalo de nuevo.',
  },
}
