// The console is served by ignite-server under /console; the build goes to ../dist,
// which the ignite-console crate embeds (scripts/console.sh builds and checks it).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // One script and one stylesheet: the console is small, and a CSP of 'self' suffices.
    modulePreload: false,
    sourcemap: false,
  },
  server: {
    // `npm run dev` against a local server: the API calls go to it.
    proxy: { '/v1': process.env.IGNITE_SERVER ?? 'http://127.0.0.1:50051' },
  },
});
