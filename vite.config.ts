import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * Chunks of the content script that run as soon as it loads on an op-ed: each starts with V8's explicit compile
 * hint, so Chromium (136 and later) compiles all their functions eagerly, on a background thread as it streams
 * the module in, rather than one by one on the page's main thread as they are first called. In 8 fresh browsers
 * each, the first op-ed's annotation took a median 29.5 ms without it and 15.8 ms with it, the second 13.8 and
 * 10.1 ms; later pages use Chromium's code cache either way. Other engines read it as a comment.
 */
const EAGER_CHUNKS = new Set(['src-content-index.ts', 'guard', 'controller']);
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

function compileHints(): Plugin {
  return {
    name: 'backstory:compile-hints',
    enforce: 'post',
    // On the written files: minification drops comments, and Vite adds its own first line to chunks late.
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !EAGER_CHUNKS.has(file.name)) continue;
        const path = join(options.dir ?? '', file.fileName);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
      }
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
      compileHints(),
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
