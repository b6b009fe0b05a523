import type { Preview } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import '../themes/default.css';

// Stories talk to the real HTTP client; msw answers in the browser, so no
// backend runs. Unmocked requests are let through quietly (Storybook's own assets).
initialize({ onUnhandledRequest: 'bypass' });

const preview: Preview = {
  loaders: [mswLoader],
  parameters: {
    a11y: { test: 'error' },
  },
};

export default preview;
