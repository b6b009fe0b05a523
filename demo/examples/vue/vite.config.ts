// A partner's Vite config for the Vue example. `suite-kit/...` resolves through the package's exports map to
// dist/ (`npm run build` first).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Vue must leave <suite-*> tags to the browser instead of looking for Vue components of that name.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('suite-') },
      },
    }),
  ],
  // The reference backend of `npm start` (PORT, default 8080) answers /api.
  server: { proxy: { '/api': `http://localhost:${process.env['SUITE_API_PORT'] ?? 8080}` } },
});
