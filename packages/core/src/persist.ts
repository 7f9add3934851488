// The opt-in persistence entry, `@linkwheel/core/persist`: apart from the main entry so that apps
// that keep events in memory only never ship it (about 1.8 KB gzip).
export type { LinkEventPersistOptions } from './store/persistLinkEvents'
export { DEFAULT_LINK_EVENT_STORAGE_KEY, persistLinkEvents } from './store/persistLinkEvents'
