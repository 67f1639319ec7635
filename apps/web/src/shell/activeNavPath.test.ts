import { describe, expect, it } from 'vitest';
import { activeNavPath } from './activeNavPath';

const paths = ['/', '/governance', '/governance/action-items', '/casework', '/casework/facts'];

describe('activeNavPath', () => {
  it('lights the longest entry that contains the page', () => {
    expect(activeNavPath(paths, '/governance/action-items')).toBe('/governance/action-items');
    expect(activeNavPath(paths, '/governance/tables/123')).toBe('/governance');
    expect(activeNavPath(paths, '/casework/facts')).toBe('/casework/facts');
    expect(activeNavPath(paths, '/casework/cases/9')).toBe('/casework');
  });
  it('lights home only on the home page and nothing for a prefix that is not a path segment', () => {
    expect(activeNavPath(paths, '/')).toBe('/');
    expect(activeNavPath(paths, '/users')).toBeNull();
    expect(activeNavPath(paths, '/governancex')).toBeNull();
  });
});
