import { describe, expect, it } from 'vitest'
import { buildLinkTokenRequest } from '../server/buildLinkTokenRequest'
import { initialTokenBuilderState, toLinkTokenOptions } from './tokenBuilderState'

describe('toLinkTokenOptions', () => {
  it('sends the deposit target only when a direct deposit switch is chosen', () => {
    const withSwitch = toLinkTokenOptions(initialTokenBuilderState)
    expect(withSwitch.deposit).toEqual({
      account_type: 'checking',
      routing_number: '021000021',
      account_number: '9876543210',
    })
    const readOnly = toLinkTokenOptions({ ...initialTokenBuilderState, jobs: ['income'] })
    expect(readOnly.deposit).toBeUndefined()
  })

  it('makes an On Demand Update token from the chosen account, without preselection', () => {
    const options = toLinkTokenOptions({
      ...initialTokenBuilderState,
      mode: 'update',
      accountId: '6f1c6d1e-8f5a-4b6e-9c0a-1d2e3f4a5b6c',
      employerId: 'emp_acme_logistics',
      jobs: ['identity'],
    })
    expect(options.account_id).toBe('6f1c6d1e-8f5a-4b6e-9c0a-1d2e3f4a5b6c')
    expect(options.employer_id).toBeUndefined()
  })

  it("produces options the backend turns into Pinwheel's body", () => {
    const request = buildLinkTokenRequest(
      toLinkTokenOptions({
        ...initialTokenBuilderState,
        platformId: 'plat_paycrest',
        language: 'es',
        skipIntro: true,
      }),
      'Linkwheel Playground',
    )
    expect(request).toEqual({
      ok: true,
      body: {
        org_name: 'Linkwheel Playground',
        required_jobs: ['direct_deposit_switch', 'identity'],
        end_user_id: 'end_user_demo',
        platform_id: 'plat_paycrest',
        language: 'es',
        skip_intro_screen: true,
        account_type: 'checking',
        routing_number: '021000021',
        account_number: '9876543210',
      },
    })
  })
})
