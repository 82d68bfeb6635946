import { describe, expect, it } from 'vitest';
import { personName } from '@/lib/persons/person-name';

const full = { lastName: 'Ахметов', firstName: 'Ерлан', middleName: 'Болатович' };

describe('personName', () => {
  it('writes surname, given name, patronymic by default', () => {
    expect(personName(full)).toBe('Ахметов Ерлан Болатович');
    expect(personName(full, { style: 'full' })).toBe('Ахметов Ерлан Болатович');
  });

  it('leaves out a missing or blank patronymic without a trailing space', () => {
    expect(personName({ lastName: 'Testov', firstName: 'Bakhyt', middleName: null })).toBe('Testov Bakhyt');
    expect(personName({ lastName: 'Testov', firstName: 'Bakhyt' })).toBe('Testov Bakhyt');
    expect(personName({ lastName: ' Testov ', firstName: 'Bakhyt', middleName: '  ' })).toBe('Testov Bakhyt');
  });

  it('short form for tables: surname and given name', () => {
    expect(personName(full, { style: 'short' })).toBe('Ахметов Ерлан');
  });

  it('initials form: surname and initials, also for a Kazakh letter', () => {
    expect(personName(full, { style: 'initials' })).toBe('Ахметов Е. Б.');
    expect(personName({ lastName: 'Сәрсенов', firstName: 'өмір', middleName: null }, { style: 'initials' })).toBe('Сәрсенов Ө.');
  });
});
