// The dashboard (src/web) built to dist/web, served by `eventwire serve`. The world-atlas country
// shapes are copied next to it so the page works offline, without a CDN or tile server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

function worldAtlas(): Plugin {
  return {
    name: 'eventwire-world-atlas',
    generateBundle() {
      for (const file of ['countries-110m.json', 'countries-50m.json']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(require.resolve(`world-atlas/${file}`)) });
      }
    },
  };
}

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [worldAtlas()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  },
});
