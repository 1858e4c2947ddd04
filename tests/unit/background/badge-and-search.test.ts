// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge.ts';
import { loadKnowledge } from '../../../src/knowledge/read-data.ts';
import { searchEntities } from '../../../src/popup/search.ts';

describe('badge text', () => {
  it('is empty for no entities, the count otherwise, and 99+ past 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-3)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(150)).toBe('99+');
  });
});

describe('knowledge search', () => {
  const { entities } = loadKnowledge();

  it('finds entities by name, alias and native name, best matches first', () => {
    expect(searchEntities(entities, 'TSMC')[0]?.entity.id).toBe('tsmc');
    expect(searchEntities(entities, '台積電')[0]?.entity.id).toBe('tsmc');
    expect(searchEntities(entities, 'legislative y')[0]?.entity.id).toBe('legislative-yuan');
    expect(searchEntities(entities, '   ')).toEqual([]);
    expect(searchEntities(entities, 'a', 5)).toHaveLength(5);
  });
});
