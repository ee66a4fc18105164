import { bpToInput, centsToEurosInput, formatBp, formatHourlyRate, parseEurosToCents, parsePercentToBp } from './money';

describe('money as typed and shown', () => {
  it('reads euros the ways people type them, to the cent', () => {
    expect(parseEurosToCents('1234')).toBe(123_400);
    expect(parseEurosToCents('1 234,5')).toBe(123_450);
    expect(parseEurosToCents('1.234,50')).toBe(123_450);
    expect(parseEurosToCents('1234.50 €')).toBe(123_450);
    expect(parseEurosToCents('12\u00a0000')).toBe(1_200_000);
    expect(parseEurosToCents('0,05')).toBe(5);
  });
  it('refuses what is not an amount in euros and cents', () => {
    for (const text of ['', 'abc', '12,345', '-5', '1,2,3', '€']) expect(parseEurosToCents(text)).toBeNull();
  });
  it('gives back what a person would type', () => {
    expect(centsToEurosInput(123_450)).toBe('1234,50');
    expect(centsToEurosInput(120_000)).toBe('1200');
    expect(centsToEurosInput(null)).toBe('');
    expect(parseEurosToCents(centsToEurosInput(98_765))).toBe(98_765);
  });
  it('shows rates and shares the French way', () => {
    expect(formatHourlyRate(915)).toBe('9,15 €/h');
    expect(formatBp(6000)).toBe('60\u00a0%');
    expect(formatBp(3333)).toBe('33,33\u00a0%');
    expect(formatBp(5050)).toBe('50,5\u00a0%');
    expect(bpToInput(3333)).toBe('33,33');
  });
  it('reads percentages to the basis point', () => {
    expect(parsePercentToBp('60')).toBe(6000);
    expect(parsePercentToBp('60,5')).toBe(6050);
    expect(parsePercentToBp('33.33 %')).toBe(3333);
    expect(parsePercentToBp('33,333')).toBeNull();
    expect(parsePercentToBp('x')).toBeNull();
  });
});
