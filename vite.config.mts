import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// .mts so Vite loads it as ESM although the package is CommonJS.
// Relative asset URLs let the same build load from Electron's custom protocol and from the HTTP host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Office PCs run Electron's Chromium; no legacy targets needed.
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
  },
});
