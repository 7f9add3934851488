import { createLinkEventStore, PinwheelProvider } from '@linkwheel/react'
import { persistLinkEvents } from '@linkwheel/react/persist'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles.css'

// Persisted in sessionStorage: the timeline and analytics survive a reload (tokens are never stored).
const store = createLinkEventStore({ persist: persistLinkEvents() })

const container = document.getElementById('root')
if (!container) throw new Error('index.html needs a <div id="root">: the playground mounts there.')

createRoot(container).render(
  <StrictMode>
    <PinwheelProvider store={store}>
      <App />
    </PinwheelProvider>
  </StrictMode>,
)
