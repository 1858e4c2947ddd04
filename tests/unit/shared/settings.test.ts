import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, sameSettings } from '../../../src/shared/settings.ts';

describe('settings', () => {
  it('defaults to on, first mentions only', () => {
    expect(defaultSettings()).toEqual({ enabled: true, mentionMode: 'first' });
  });

  it('keeps valid stored values', () => {
    expect(parseSettings({ enabled: false, mentionMode: 'every' })).toEqual({ enabled: false, mentionMode: 'every' });
  });

  it('replaces each corrupt or unknown value by its default without touching the others', () => {
    expect(parseSettings({ enabled: 'yes', mentionMode: 'every', stray: 1 })).toEqual({ enabled: true, mentionMode: 'every' });
    expect(parseSettings({ enabled: false, mentionMode: 42 })).toEqual({ enabled: false, mentionMode: 'first' });
    expect(parseSettings({})).toEqual(defaultSettings());
  });

  it('compares settings value by value', () => {
    expect(sameSettings(defaultSettings(), { enabled: true, mentionMode: 'first' })).toBe(true);
    expect(sameSettings(defaultSettings(), { enabled: false, mentionMode: 'first' })).toBe(false);
  });
});
