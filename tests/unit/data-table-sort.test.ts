import { describe, expect, it } from 'vitest';
import { ariaSort, hrefWith, parseSort, sortHref } from '@/components/ui/data-table-sort';

describe('DataTable sorting through the query string', () => {
  it('a header link sorts ascending first, then flips, keeps filters and drops the page', () => {
    expect(sortHref('/persons', { q: 'Ivan', page: 3 }, undefined, 'name')).toBe('/persons?q=Ivan&sort=name&dir=asc');
    expect(sortHref('/persons', { q: 'Ivan' }, { key: 'name', dir: 'asc' }, 'name')).toBe('/persons?q=Ivan&sort=name&dir=desc');
    expect(sortHref('/persons', {}, { key: 'name', dir: 'desc' }, 'name')).toBe('/persons?sort=name&dir=asc');
    expect(sortHref('/persons', {}, { key: 'name', dir: 'asc' }, 'birthDate')).toBe('/persons?sort=birthDate&dir=asc');
  });

  it('aria-sort names the direction on the sorted column only', () => {
    const sort = { key: 'name', dir: 'desc' } as const;
    expect(ariaSort(sort, 'name')).toBe('descending');
    expect(ariaSort({ key: 'name', dir: 'asc' }, 'name')).toBe('ascending');
    expect(ariaSort(sort, 'birthDate')).toBe('none');
    expect(ariaSort(sort, undefined)).toBeUndefined();
  });

  it('parseSort accepts only the offered keys', () => {
    expect(parseSort({ sort: 'name', dir: 'desc' }, ['name'])).toEqual({ key: 'name', dir: 'desc' });
    expect(parseSort({ sort: 'name', dir: 'sideways' }, ['name'])).toEqual({ key: 'name', dir: 'asc' });
    expect(parseSort({ sort: 'password', dir: 'asc' }, ['name'])).toBeUndefined();
    expect(parseSort({}, ['name'], { key: 'name', dir: 'asc' })).toEqual({ key: 'name', dir: 'asc' });
  });

  it('hrefWith leaves out empty parameters', () => {
    expect(hrefWith('/warnings', { q: '', page: undefined })).toBe('/warnings');
    expect(hrefWith('/warnings', { q: 'a b' })).toBe('/warnings?q=a+b');
  });
});
