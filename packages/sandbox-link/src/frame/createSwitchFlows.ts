import type { JobAllocation, PinwheelError } from '../protocol/linkApi.js'
import type { LinkInputAllocationPayload } from '../protocol/linkEvents.js'
import { h } from './h.js'
import type { LinkStepContext } from './LinkStepContext.js'
import { renderAmountSelection } from './screens/renderAmountSelection.js'
import { renderBusy } from './screens/renderLogin.js'
import { type MessageAction, renderMessage } from './screens/renderMessage.js'

/** Jobs that need the user after login; every other job runs in the background and succeeds at login. */
const interactiveJobs = new Set(['direct_deposit_switch'])

/** What the switch flows take besides every step's context: the way back to the search. */
interface SwitchFlowOptions extends LinkStepContext {
  /** Shows the search again (Back on the screens its extra entry points open). */
  backToSearch(): void
}

/** After login: background jobs, the direct deposit switch and the results; plus the card switch, doc upload and DD form entry points. */
export function createSwitchFlows(options: SwitchFlowOptions) {
  const { state, api, channel, view, requestClose, exit } = options
  const { session } = state
  const t = state.t
  const outcomes: Array<{ job: string; error?: PinwheelError }> = []
  const done = new Set<string>()
  let platformId = ''

  /** Runs one job; reports its error and answers `false` when it did not succeed. */
  const runJob = async (job: string, allocation?: JobAllocation): Promise<boolean> => {
    const result = await api.runJob(session.session_id, job, allocation)
    done.add(job)
    const error = !result.ok
      ? result.error
      : result.data.outcome !== 'success'
        ? result.data.error
        : undefined
    outcomes.push(error ? { job, error } : { job })
    if (error) options.reportError(state, error)
    return !error
  }
  const succeed = (
    job: 'login' | 'direct_deposit_switch',
    params?: LinkInputAllocationPayload,
  ): void =>
    channel.emit('success', {
      accountId: state.accountId ?? '',
      platformId,
      job,
      ...(params ? { params } : {}),
    })
  const busy = () => view.paint(renderBusy(t, t.working, requestClose))
  // The search's extra entry points (documents, card switch, DD form) lead back to it.
  const back: MessageAction = { label: t.back, onClick: options.backToSearch }

  const next = (): void => {
    if (session.jobs.includes('direct_deposit_switch') && !done.has('direct_deposit_switch'))
      showAmount()
    else if (session.jobs.includes('card_switch') && !done.has('card_switch')) showCardSwitch()
    else showResult()
  }

  const showAmount = (): void =>
    view.show({
      screenName: 'DD_AMOUNT_SELECTION',
      render: () =>
        renderAmountSelection({
          t,
          fullOnly: session.disable_partial_switch,
          onClose: requestClose,
          onSubmit: (allocation) => {
            channel.emit('input_allocation', allocation)
            showConfirmation(allocation)
          },
        }),
    })

  const describe = (allocation: JobAllocation): string => {
    if (allocation.action === 'full_switch') return t.confirmWhat.full
    const a = allocation.allocation
    if (a.type === 'remainder') return t.confirmWhat.remainder
    return a.type === 'percentage'
      ? t.confirmWhat.percentage(a.value)
      : t.confirmWhat.amount(a.value)
  }
  const target = session.allocation
    ? `${session.allocation.account_type} ••${session.allocation.account_number_last4}`
    : t.yourAccount

  const showConfirmation = (allocation: JobAllocation): void =>
    view.show({
      screenName: 'DD_CONFIRMATION',
      render: () =>
        renderMessage(t, {
          title: t.confirmTitle,
          body: [t.confirmBody(describe(allocation), target)],
          actions: [
            {
              label: t.confirmSwitch,
              primary: true,
              onClick: async () => {
                busy()
                // Link v3+: success.params has the input_allocation shape.
                if (await runJob('direct_deposit_switch', allocation))
                  succeed('direct_deposit_switch', allocation)
                next()
              },
            },
            { label: t.back, onClick: showAmount },
          ],
          onClose: requestClose,
        }),
    })

  const showResult = (): void => {
    const failed = outcomes.some((outcome) => outcome.error)
    if (!failed) state.lastError = undefined
    view.show({
      screenName: failed ? 'JOB_ERROR' : 'JOB_SUCCESS',
      terminal: true,
      render: () =>
        renderMessage(t, {
          title: failed ? t.errorTitle : t.successTitle,
          body: [
            h(
              'ul',
              { 'aria-label': failed ? t.errorTitle : t.successTitle },
              ...outcomes.map((o) =>
                h(
                  'li',
                  {},
                  o.error ? t.jobFailed(o.job, t.errorText(o.error)) : t.jobSucceeded(o.job),
                ),
              ),
            ),
            ...(outcomes.some((o) => o.error?.pendingRetry) ? [t.pendingRetry] : []),
          ],
          actions: [{ label: t.done, primary: true, onClick: exit }],
          onClose: exit,
        }),
    })
  }

  return {
    /** Runs the background jobs (one `success` or `error` each), then the switch screens. */
    async afterLogin(loggedInPlatformId: string): Promise<void> {
      platformId = loggedInPlatformId
      busy()
      const readOnly = session.jobs.filter((job) => !interactiveJobs.has(job))
      let allDone = true
      for (const job of readOnly) allDone = (await runJob(job)) && allDone
      // Read-only jobs report one success, at login, with job `login` (registry `LinkApiJob`).
      if (readOnly.length > 0 && allDone) succeed('login')
      next()
    },
    /** A terminal error screen (e.g. the On Demand Update account cannot log in). */
    showFatal(error: PinwheelError): void {
      view.show({
        terminal: true,
        render: () =>
          renderMessage(t, {
            title: t.errorTitle,
            body: [t.errorText(error)],
            alert: true,
            actions: [{ label: t.close, primary: true, onClick: exit }],
            onClose: exit,
          }),
      })
    },
    /** Entry points under the search list: document upload, and the DD form for switch tokens. */
    searchExtras(): Array<{ label: string; onClick(): void }> {
      const extras = [
        { label: t.docUploads, onClick: showDocUploads },
        { label: t.cardSwitch, onClick: showCardSwitch },
      ]
      if (session.jobs.includes('direct_deposit_switch'))
        extras.push({ label: t.ddForm, onClick: showDdForm })
      return extras
    },
  }

  function showDocUploads(): void {
    channel.emit('doc_uploads_begin', {})
    const files = h('input', { type: 'file', name: 'documents', multiple: true })
    const alert = h('p', { role: 'alert', hidden: true }, t.docNone)
    view.show({
      terminal: false,
      render: () =>
        renderMessage(t, {
          title: t.docTitle,
          body: [alert, h('label', {}, t.docLabel, files)],
          actions: [
            {
              label: t.docSubmit,
              primary: true,
              onClick: () => {
                const count = files.files?.length ?? 0
                if (count === 0) {
                  alert.hidden = false
                  return
                }
                channel.emit('doc_uploads_submitted', { uploadedDocumentSubmittedCount: count })
                finished(t.docTitle, t.docDone(count))
              },
            },
            back,
          ],
          onClose: requestClose,
        }),
    })
  }

  // The mock API has no card_switch job: the sandbox card switch ends after its first screen.
  function showCardSwitch(): void {
    channel.emit('card_switch_begin', {})
    finished(t.cardTitle, t.cardBody, back)
  }

  function showDdForm(): void {
    channel.emit('dd_form_begin', {})
    const create = (): void => {
      const lines = [
        `Direct deposit form — ${session.org_name} (sandbox)`,
        `Account type: ${session.allocation?.account_type ?? 'checking'}`,
        `Routing number: •••••${session.allocation?.routing_number_last4 ?? '0000'}`,
        `Account number: •••••${session.allocation?.account_number_last4 ?? '0000'}`,
      ]
      const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/plain' }))
      channel.emit('dd_form_create', { url })
      const link = h(
        'a',
        {
          href: url,
          download: 'direct-deposit-form.txt',
          onclick: () => channel.emit('dd_form_download', {}),
        },
        t.ddFormDownload,
      )
      finished(t.ddFormTitle, link)
    }
    view.show({
      render: () =>
        renderMessage(t, {
          title: t.ddFormTitle,
          body: [t.ddFormBody],
          actions: [{ label: t.ddFormCreate, primary: true, onClick: create }, back],
          onClose: requestClose,
        }),
    })
  }

  /** A flow's last screen: Done exits; `andBack` adds Back where the flow has nothing to undo. */
  function finished(title: string, body: Node | string, andBack?: MessageAction): void {
    view.show({
      terminal: true,
      render: () =>
        renderMessage(t, {
          title,
          body: [body],
          actions: [{ label: t.done, primary: true, onClick: exit }, ...(andBack ? [andBack] : [])],
          onClose: exit,
        }),
    })
  }
}
