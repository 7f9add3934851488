import { describe, expect, it } from 'vitest'
import {
  closeLinkAfterEach,
  createLinkToken,
  createSwitchToken,
  exitLink,
  finishLink,
  linkFrame,
  openLink,
  screen,
  waitForEvent,
} from './linkHarness'

closeLinkAfterEach()

describe("sandbox Link: the search's other ways in (documents, card switch, direct deposit form)", () => {
  it('reaches the document upload, card switch and direct deposit form flows with their events', async () => {
    const docs = await openLink(
      await createLinkToken({
        required_jobs: ['income'],
        end_user_id: 'user-docs',
        skip_intro_screen: true,
      }),
    )
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Upload documents instead' }).click()
    await frame
      .getByLabelText('Documents', { exact: true })
      .upload([new File(['a'], 'paystub-1.pdf'), new File(['b'], 'paystub-2.pdf')])
    await frame.getByRole('button', { name: 'Submit documents' }).click()
    await finishLink()
    expect(docs.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      { name: 'doc_uploads_begin', payload: {} },
      { name: 'doc_uploads_submitted', payload: { uploadedDocumentSubmittedCount: 2 } },
      { name: 'exit', payload: {} },
    ])

    const card = await openLink(
      await createLinkToken({
        required_jobs: ['income'],
        end_user_id: 'user-card',
        skip_intro_screen: true,
      }),
    )
    await frame.getByRole('button', { name: 'Switch a card instead' }).click()
    await finishLink()
    expect(card.events.map((event) => event.name)).toEqual([
      'open',
      'screen_transition',
      'card_switch_begin',
      'exit',
    ])

    const form = await openLink(await createSwitchToken({ end_user_id: 'user-form' }))
    await frame.getByRole('button', { name: 'Get a direct deposit form' }).click()
    await frame.getByRole('button', { name: 'Create form' }).click()
    await frame.getByRole('link', { name: 'Download form' }).click()
    await waitForEvent(form, 'dd_form_download')
    await finishLink()
    expect(form.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      { name: 'dd_form_begin', payload: {} },
      { name: 'dd_form_create', payload: { url: expect.stringMatching(/^blob:/) } },
      { name: 'dd_form_download', payload: {} },
      { name: 'exit', payload: {} },
    ])
  })

  it('offers Back to the search on the document upload, card switch and direct deposit form screens', async () => {
    const link = await openLink(await createSwitchToken({ end_user_id: 'user-back' }))
    const frame = linkFrame()
    for (const entry of [
      'Upload documents instead',
      'Switch a card instead',
      'Get a direct deposit form',
    ]) {
      await frame.getByRole('button', { name: entry }).click()
      await frame.getByRole('button', { name: 'Back' }).click()
    }
    await frame.getByLabelText('Search for your employer or payroll provider').fill('acme')
    await exitLink()

    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      { name: 'doc_uploads_begin', payload: {} },
      screen('SEARCH_DEFAULT'),
      { name: 'card_switch_begin', payload: {} },
      screen('SEARCH_DEFAULT'),
      { name: 'dd_form_begin', payload: {} },
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      screen('EXIT_CONFIRMATION'),
      { name: 'exit', payload: {} },
    ])
    expect(link.exits).toEqual([{}])
  })
})
