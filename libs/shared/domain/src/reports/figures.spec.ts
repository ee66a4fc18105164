import { canonicalJson, formatFigureValue, rateBp } from './figures';

describe('report figures', () => {
  it('prints counts, rates, hours and euros the French way', () => {
    expect(formatFigureValue(1234, 'count')).toBe('1\u202f234');
    expect(formatFigureValue(6250, 'rate_bp')).toBe('62,5 %');
    expect(formatFigureValue(6000, 'rate_bp')).toBe('60 %');
    expect(formatFigureValue(750, 'minutes')).toBe('12 h 30');
    expect(formatFigureValue(21000, 'minutes')).toBe('350 h');
    expect(formatFigureValue(123450, 'cents')).toBe('1\u202f234,50\u00a0€');
    expect(formatFigureValue(null, 'count')).toBe('—');
  });
  it('rounds rates half up and has none without a denominator', () => {
    expect(rateBp(5, 8)).toBe(6250);
    expect(rateBp(2, 3)).toBe(6667);
    expect(rateBp(1, 0)).toBeNull();
  });
  it('writes the same canonical JSON whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
