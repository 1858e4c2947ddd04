import { describe, expect, it } from 'vitest';
import { unknownNames } from '../../../src/cli/unknown-names.ts';

describe('unknownNames', () => {
  it('suggests capitalised names and acronyms that no known match covers', () => {
    const text = 'Lin Mei-hua met staff of the Bureau of Energy and the NDC. TSMC said so.';
    expect(unknownNames(text, [[text.indexOf('TSMC'), text.indexOf('TSMC') + 4]])).toEqual(['Lin Mei-hua', 'Bureau of Energy', 'NDC']);
  });

  it('drops sentence-start common words, possessives, months and shouted kickers', () => {
    expect(unknownNames('The Kuomintang’s plan. In May, RISK REMAINS for Ko Wen-je’s party.', [])).toEqual(['Kuomintang', 'Ko Wen-je']);
  });

  it('never joins names across lines or sentences', () => {
    expect(unknownNames('near the South China Sea. It\nTaipei', [])).toEqual(['South China Sea', 'Taipei']);
  });
});
