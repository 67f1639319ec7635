import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/users?q=anna')).toBe('/users?q=anna');
  });
  it('refuses anything that could leave the site', () => {
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) expect(safeNext(bad)).toBe('/');
  });
});
