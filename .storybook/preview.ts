import type { Preview } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { THEMES, themed } from '../stories/support/themes.js';
// Every theme answers to its .suite-theme-<name> class; default.css comes last so the page itself keeps the default.
import '../themes/dark.css';
import '../themes/high-contrast.css';
import '../themes/partner-ocean.css';
import '../themes/partner-sunset.css';
import '../themes/default.css';

// Stories talk to the real HTTP client; msw answers in the browser, so no
// backend runs. Unmocked requests are let through quietly (Storybook's own assets).
initialize({ onUnhandledRequest: 'bypass' });

const preview: Preview = {
  loaders: [mswLoader],
  // A toolbar menu that puts every story in one of themes/ (the tokens change, no element re-renders).
  globalTypes: {
    theme: { description: 'Suite Kit theme', toolbar: { title: 'Theme', icon: 'paintbrush', items: [...THEMES], dynamicTitle: true } },
  },
  initialGlobals: { theme: 'default' },
  decorators: [(story, context) => themed(String(context.globals['theme'] ?? 'default'), story())],
  parameters: {
    a11y: { test: 'error' },
  },
};

export default preview;
