// `@linkwheel/react/persist`: core's opt-in persistence, so an app installs one package. No
// 'use client': it is plain code, and a server component may build the store options.
export * from '@linkwheel/core/persist'
