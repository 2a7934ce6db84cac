import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../../shared/imports/neutralise';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+86 137', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'neutralises %j',
    (v) => {
      expect(neutraliseCell(v)).toBe(`'${v}`);
    },
  );

  it.each(['易玲波', '422823200301296461', '137-9457-1255', '', ' =x'])('leaves %j alone', (v) => {
    expect(neutraliseCell(v)).toBe(v);
  });
});
