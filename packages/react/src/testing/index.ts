export type { FakePinwheel, InstallFakePinwheelOptions } from './installFakePinwheel'
export { installFakePinwheel } from './installFakePinwheel'
export type { FakeScriptLoad, ScriptUrlMatcher } from './interceptPinwheelScript'
