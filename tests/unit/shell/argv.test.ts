import { describe, expect, it } from 'vitest';
import { readFlag } from '../../../electron/shell/argv';

describe('readFlag', () => {
  it('reads --name VALUE and --name=VALUE among Electron and Chromium arguments', () => {
    expect(readFlag(['electron', '/app', '--data-dir', '/d'], 'data-dir')).toBe('/d');
    expect(readFlag(['electron', '/app', '--data-dir=/d e'], 'data-dir')).toBe('/d e');
    expect(readFlag(['exe', '--no-sandbox', '--data-dir=C:\\Data', '--inspect=0'], 'data-dir')).toBe(
      'C:\\Data',
    );
  });

  it('takes the last occurrence', () => {
    expect(readFlag(['e', '--data-dir=/a', '--data-dir', '/b'], 'data-dir')).toBe('/b');
  });

  it('ignores a flag without a value, an empty value and look-alike flags', () => {
    expect(readFlag(['e', '--data-dir'], 'data-dir')).toBeUndefined();
    expect(readFlag(['e', '--data-dir', '--other'], 'data-dir')).toBeUndefined();
    expect(readFlag(['e', '--data-dir='], 'data-dir')).toBeUndefined();
    expect(readFlag(['e', '--data-directory=/x', '--data-dir-x', '/y'], 'data-dir')).toBeUndefined();
  });
});
