import entities from 'virtual:backstory/knowledge';
import { describe, expect, it } from 'vitest';
import { createEntityLookup } from '../../../src/background/entity-lookup.ts';
import { isContentToBackground, isPopupToContent } from '../../../src/shared/messages.ts';

describe('entity lookup', () => {
  const lookUp = createEntityLookup(entities);

  it('returns an entity with the names of its related entities', () => {
    const details = lookUp('lei-jun');
    expect(details?.entity.name).toBe('Lei Jun');
    expect(details?.related.map((item) => item.id)).toEqual(details?.entity.related);
    expect(details?.related.find((item) => item.id === 'xiaomi')?.name).toBe('Xiaomi Corp');
  });

  it('returns null for an unknown id', () => {
    expect(lookUp('no-such-entity')).toBeNull();
  });
});

describe('message guards', () => {
  it('accept well-formed messages and reject anything else', () => {
    expect(isContentToBackground({ type: 'entity:get', id: 'tsmc' })).toBe(true);
    expect(isContentToBackground({ type: 'entity:get', id: 7 })).toBe(false);
    expect(isContentToBackground({ type: 'entity:get', id: 'x'.repeat(500) })).toBe(false);
    expect(isContentToBackground(null)).toBe(false);
    expect(isPopupToContent({ type: 'page:status' })).toBe(true);
    expect(isPopupToContent({ type: 'page:status!' })).toBe(false);
    expect(isPopupToContent('page:status')).toBe(false);
  });
});
