// React 19 with the @lit/react wrapper: properties as props, events as onXxx props.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'suite-kit/themes/default.css';
import { SuiteUserAdmin } from 'suite-kit/react/user-admin';
import type { SuiteBuyLicencesEvent } from 'suite-kit';

// A demo token of the reference backend (server/seed.ts); a real portal hands over its own session's.
const token = new URLSearchParams(location.search).get('token') ?? 'demo-partner';

function App() {
  const [request, setRequest] = useState<string>();
  // The host runs its own purchase flow instead of the element's buy-url.
  const onBuy = (event: SuiteBuyLicencesEvent) => {
    event.preventDefault();
    setRequest(`React: buy licences for pool ${event.poolKey} of ${event.clientId}`);
  };
  return (
    <>
      <h1>React: the @lit/react wrapper</h1>
      <p id="host-log" role="status">{request}</p>
      <SuiteUserAdmin baseUrl="/api/v1" clientId="c-007" token={token} onSuiteBuyLicences={onBuy} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
