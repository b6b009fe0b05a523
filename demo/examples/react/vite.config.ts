// A partner's Vite config for the React example: nothing Suite-Kit-specific but the API proxy.
// `suite-kit/...` resolves through the package's exports map to dist/ (`npm run build` first).
import { defineConfig } from 'vite';

export default defineConfig({
  // The reference backend of `npm start` (PORT, default 8080) answers /api.
  server: { proxy: { '/api': `http://localhost:${process.env['SUITE_API_PORT'] ?? 8080}` } },
});
