import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { contentScripts } from './src/detect/content-scripts.ts';
import { knowledgePlugin } from './src/knowledge/vite-plugin.ts';

/** The one manifest; the Firefox build derives its variant from it. */
interface Manifest {
  background: { service_worker: string; type?: 'module' };
  [key: string]: unknown;
}
const manifest: Manifest = {
  ...(JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest),
  // Declared for the supported publishers only, from the site adapters (src/detect/sites/): never <all_urls>.
  content_scripts: contentScripts(),
};
const packageVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Firefox MV3 runs the background as an event page (`scripts`) and needs an add-on id. */
function firefoxManifest(): Record<string, unknown> {
  const { service_worker: script, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [script] },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory-reader.org',
        strict_min_version: '140.0',
        // Backstory collects nothing: it makes no network calls at all.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      knowledgePlugin(),
      preact(),
      crx({
        manifest: { ...(browser === 'firefox' ? firefoxManifest() : manifest), version: packageVersion } as ManifestV3Export,
        browser,
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Readable output helps reviewers of extension stores and costs little once gzipped.
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          // The compiled matcher (knowledge data) gets a file of its own, so its size is measured apart from code.
          codeSplitting: { groups: [{ name: 'matcher-data', test: /virtual:backstory\/matcher/ }] },
        },
      },
    },
  };
});
