import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'
import { renderMark } from './renderMark.js'
import { renderShell } from './renderShell.js'

/** What the login screen needs from the flow. */
export interface LoginScreenProps {
  t: LinkStrings
  platformName: string
  /** `credentials` asks for username and password; `mfa` for the verification code. */
  step: 'credentials' | 'mfa'
  /** Error text from the previous attempt, shown as an alert. */
  error: string | undefined
  /** Resolves when the attempt is over; the form stays disabled until then. */
  onSubmit(values: { username: string; password: string; mfaCode: string }): Promise<void>
  onClose(): void
  /** When set, offers going back to search (the platform came from the token). */
  onSearch?: () => void
}

/** The LOGIN screen: credentials, or the MFA code on the second step. */
export function renderLogin(props: LoginScreenProps): HTMLElement {
  const { t } = props
  const username = h('input', {
    type: 'text',
    name: 'username',
    autocomplete: 'username',
    required: true,
  })
  const password = h('input', {
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  })
  const code = h('input', {
    type: 'text',
    name: 'mfa_code',
    autocomplete: 'one-time-code',
    required: true,
  })
  const submit = h(
    'button',
    { type: 'submit', class: 'primary' },
    props.step === 'mfa' ? t.verify : t.signIn,
  )
  const fields =
    props.step === 'mfa'
      ? [h('p', {}, t.mfaTitle), h('label', {}, t.mfaLabel, code)]
      : [
          h('label', {}, t.username, username),
          h('label', {}, t.password, password),
          h('p', {}, t.sandboxHint),
        ]

  const form = h(
    'form',
    {
      novalidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault()
        submit.disabled = true
        try {
          await props.onSubmit({
            username: username.value,
            password: password.value,
            mfaCode: code.value,
          })
        } finally {
          submit.disabled = false
        }
      },
    },
    ...(props.error ? [h('p', { role: 'alert' }, props.error)] : []),
    ...fields,
    h(
      'div',
      { class: 'actions' },
      submit,
      props.onSearch
        ? h('button', { type: 'button', onclick: props.onSearch }, t.otherEmployer)
        : null,
    ),
  )
  const platform = h(
    'div',
    { class: 'hero' },
    renderMark(props.platformName, props.platformName, 'platform'),
    h('p', {}, props.platformName),
  )
  return renderShell(t, t.loginTitle(props.platformName), props.onClose, platform, form)
}

/** A status line while the flow works (reconnecting, running jobs). */
export function renderBusy(t: LinkStrings, text: string, onClose: () => void): HTMLElement {
  return renderShell(t, text, onClose, h('p', { role: 'status' }, t.working))
}
