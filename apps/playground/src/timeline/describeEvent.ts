import type { PinwheelEvent } from '@linkwheel/react'

/** How the timeline shows one event. */
export interface EventDescription {
  /** Short human label, e.g. `Logged in`. */
  label: string
  /** One line about the payload, or ''. */
  detail: string
  /** Colour class. */
  tone: 'neutral' | 'progress' | 'success' | 'error' | 'muted'
}

function allocationText(event: Extract<PinwheelEvent, { name: 'input_allocation' }>): string {
  const { payload } = event
  if (payload.action === 'full_switch') return 'Full switch'
  if (payload.action === null) return 'No amount chosen'
  const { allocation } = payload
  if (allocation.type === 'remainder') return 'Partial switch: remainder'
  return allocation.type === 'percentage'
    ? `Partial switch: ${allocation.value}%`
    : `Partial switch: $${allocation.value}`
}

/** Labels every Link event by its name, with the payload's gist (the switch narrows payloads). */
export function describeEvent(event: PinwheelEvent): EventDescription {
  switch (event.name) {
    case 'open':
      return { label: 'Link opened', detail: '', tone: 'neutral' }
    case 'select_employer':
      return {
        label: 'Employer selected',
        detail: event.payload.selectedEmployerName,
        tone: 'progress',
      }
    case 'select_platform':
      return {
        label: 'Platform selected',
        detail: event.payload.selectedPlatformName,
        tone: 'progress',
      }
    case 'incorrect_platform_given':
      return { label: 'Incorrect platform given', detail: '', tone: 'error' }
    case 'login_attempt':
      return { label: 'Login attempted', detail: event.payload.platformId, tone: 'progress' }
    case 'login':
      return { label: 'Logged in', detail: `account ${event.payload.accountId}`, tone: 'success' }
    case 'input_amount':
      return {
        label: 'Amount entered (deprecated)',
        detail: `${event.payload.value}${event.payload.unit}`,
        tone: 'progress',
      }
    case 'input_allocation':
      return { label: 'Allocation submitted', detail: allocationText(event), tone: 'progress' }
    case 'card_switch_begin':
      return { label: 'Card switch started', detail: '', tone: 'progress' }
    case 'doc_uploads_begin':
      return { label: 'Document upload started', detail: '', tone: 'progress' }
    case 'doc_uploads_submitted':
      return {
        label: 'Documents submitted',
        detail: `${event.payload.uploadedDocumentSubmittedCount} document(s)`,
        tone: 'progress',
      }
    case 'dd_form_begin':
      return { label: 'Deposit form started', detail: '', tone: 'progress' }
    case 'dd_form_create':
      return { label: 'Deposit form created', detail: event.payload.url, tone: 'progress' }
    case 'dd_form_download':
      return { label: 'Deposit form downloaded', detail: '', tone: 'progress' }
    case 'screen_transition':
      return { label: 'Screen', detail: event.payload.screenName, tone: 'muted' }
    case 'success':
      return { label: 'Job succeeded', detail: event.payload.job, tone: 'success' }
    case 'error':
      return {
        label: 'Error',
        detail: `${event.payload.type} / ${event.payload.code}${event.payload.pendingRetry ? ' (pending retry)' : ''}`,
        tone: 'error',
      }
    case 'exit':
      return 'code' in event.payload && typeof event.payload.code === 'string'
        ? { label: 'Exited with error', detail: event.payload.code, tone: 'error' }
        : { label: 'Exited', detail: '', tone: 'neutral' }
    case 'unknown':
      return {
        label: 'Unknown event',
        detail: `${String(event.payload.rawName)}: ${event.payload.reason}`,
        tone: 'muted',
      }
    case 'invalid':
      return {
        label: 'Invalid event',
        detail: `${event.payload.rawName}: ${event.payload.reason}`,
        tone: 'error',
      }
    default:
      // Bill switch, recurring charges and the other events this demo does not describe.
      return { label: event.name, detail: '', tone: 'muted' }
  }
}
