import { defineConfig, type Plugin } from 'vite';

/** `/` → the docs, so the quick start's address shows something useful. */
const rootToDocs: Plugin = {
  name: 'peer-support-root-to-docs',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(302, { Location: '/docs/' });
        res.end();
        return;
      }
      next();
    });
  },
};

// `pnpm start`: serves docs/ and examples/ from the repository root, so their pages load the
// built packages (packages/*/dist) by path, exactly as a partner's page loads them from a CDN.
export default defineConfig({
  root: '.',
  appType: 'mpa',
  server: { port: 5173 },
  plugins: [rootToDocs],
});
