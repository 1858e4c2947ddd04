// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentScripts } from '../../../src/detect/content-scripts.ts';
import { siteAdapters } from '../../../src/detect/sites/index.ts';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
const hostOf = (pattern: string): string => /^\*:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';

describe('permissions stay narrow', () => {
  it('declare content scripts only for the supported publishers’ hosts, never for every site', () => {
    const declared = contentScripts();
    const supported = new Set(siteAdapters.flatMap((site) => site.hosts));
    const patterns = declared.flatMap((script) => [...script.matches, ...(script.exclude_matches ?? [])]);
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern, pattern).toMatch(/^\*:\/\/[a-z0-9.-]+\/\S+$/);
      expect(supported.has(hostOf(pattern)), pattern).toBe(true);
    }
  });

  it('ask for storage, activeTab and scripting only, with no host permissions', () => {
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('declare the keyboard command', () => {
    expect(manifest.commands).toEqual({
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandToggle__' },
    });
  });
});
