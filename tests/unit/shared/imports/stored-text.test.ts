import { describe, expect, it } from 'vitest';
import { storedText } from '../../../../shared/imports/stored-text';

describe('storedText: a cell as the import stores it', () => {
  it('writes every date form as YYYY-MM-DD, the year from the import where the cell has none', () => {
    expect(storedText('signedUpOn', '2022.2.7', 2022)).toBe('2022-02-07');
    expect(storedText('signedUpOn', 44601, 2022)).toBe('2022-02-09');
    expect(storedText('signedUpOn', '2月6日', 2022)).toBe('2022-02-06');
    expect(storedText('periodEnd', '2022年6月30日', 2021)).toBe('2022-06-30');
  });

  it('shows a cell it cannot read, and a blank one, as written', () => {
    expect(storedText('signedUpOn', '二月初', 2022)).toBe('二月初');
    expect(storedText('signedUpOn', null, 2022)).toBe('');
    expect(storedText('idNumber', '42282319971101299', 2022)).toBe('42282319971101299');
    expect(storedText('phone', '1339384', 2022)).toBe('1339384');
  });

  it('tidies ID numbers, phones, names, headcounts and text as the row checks do', () => {
    expect(storedText('idNumber', '４２２８２３１９８９１２１６７６０x', 2022)).toBe('42282319891216760X');
    expect(storedText('phone', '137-9457-1255', 2022)).toBe('13794571255');
    expect(storedText('name', ' 滕 鹏刚 ', 2022)).toBe('滕鹏刚');
    expect(storedText('town', '  野三关镇 ', 2022)).toBe('野三关镇');
    expect(storedText('headcount', '１２０人', 2022)).toBe('120');
  });

  it('leaves a column no field is read from as written', () => {
    expect(storedText(null, '  原样  ', 2022)).toBe('  原样  ');
  });
});
