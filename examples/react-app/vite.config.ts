import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: the built page's asset addresses are relative, so dist/ works wherever it is
// served — under /examples/react-app/dist/ by `pnpm start`, or at the root of a test server.
export default defineConfig({
  base: './',
  plugins: [react()],
});
