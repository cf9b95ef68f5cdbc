import { describe, expect, it } from 'vitest';
import { compareValue, comparePhone } from '../../../../src/domain/registry/compare-agreement';
import { compareDob, dobAgrees, dobKind } from '../../../../src/domain/registry/compare-dob';
import { compareId, idKind } from '../../../../src/domain/registry/compare-id';
import { compareName, nameKind } from '../../../../src/domain/registry/compare-name';
import { editDistance } from '../../../../src/domain/registry/edit-distance';

describe('editDistance', () => {
  it('counts an insertion, a deletion, a replacement or a swap of neighbours as one slip', () => {
    expect(editDistance('nguyen', 'nguyen')).toBe(0);
    expect(editDistance('nguyen', 'nguyenn')).toBe(1);
    expect(editDistance('nguyen', 'ngyen')).toBe(1);
    expect(editDistance('nguyen', 'nguyan')).toBe(1);
    expect(editDistance('nguyen', 'ngyuen')).toBe(1);
    expect(editDistance('lan', 'loan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops at the limit', () => {
    expect(editDistance('nguyen van an', 'tran thi lan', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
  });
});

describe('compareName', () => {
  it('grades the ways a name is typed (issue 19)', () => {
    expect(compareName('nguyễn  thị ÁNH ', 'Nguyễn Thị Ánh')).toBe('exact');
    expect(compareName('Nguyễn Thị Ánh'.normalize('NFD'), 'Nguyễn Thị Ánh')).toBe('exact');
    expect(compareName('NGUYEN THI ANH', 'Nguyễn Thị Ánh')).toBe('diacritics');
    expect(compareName('Nguyễn Thị Anh', 'Nguyễn Thị Ánh')).toBe('diacritics');
    expect(compareName('Ánh Nguyễn Thị', 'Nguyễn Thị Ánh')).toBe('order');
    expect(compareName('Anh Nguyen Thi', 'Nguyễn Thị Ánh')).toBe('order');
    expect(compareName('Nguyễn Thị Áng', 'Nguyễn Thị Ánh')).toBe('spelling');
    expect(compareName('Ánh Nguyễn Thịi', 'Nguyễn Thị Ánh')).toBe('spelling');
    expect(compareName('Nguyễn Thu Án', 'Nguyễn Thị Ánh')).toBe('similar');
    expect(compareName('Trần Văn Bình', 'Nguyễn Thị Ánh')).toBe('different');
    expect(compareName('Nguyễn Thị Ánh', 'Nguyễn Ánh')).toBe('different');
  });

  it('names the kind of a difference', () => {
    expect(nameKind('diacritics')).toBe('diacritics');
    expect(nameKind('order')).toBe('order');
    expect(nameKind('spelling')).toBe('spelling');
    expect(nameKind('similar')).toBe('spelling');
    expect(nameKind('different')).toBe('other');
  });
});

describe('compareDob', () => {
  it('grades dates of birth', () => {
    expect(compareDob('1990-05-03', '1990-05-03')).toBe('exact');
    expect(compareDob('1990-03-05', '1990-05-03')).toBe('swapped');
    expect(compareDob('1940-07-01', '1940')).toBe('partial');
    expect(compareDob('1940-07-01', '1940-07')).toBe('partial');
    expect(compareDob('1940', '1940-07-01')).toBe('partial');
    expect(compareDob('1990-05-04', '1990-05-03')).toBe('one-part');
    expect(compareDob('1990-06-03', '1990-05-03')).toBe('one-part');
    expect(compareDob('1940-08-01', '1940-07')).toBe('year');
    expect(compareDob('1990-11-23', '1990-05-03')).toBe('year');
    expect(compareDob('1991-05-03', '1990-05-03')).toBe('different');
    expect(compareDob('1941-07-01', '1940')).toBe('different');
  });

  it('lets a registry that knows only the year agree, but not a site that typed only the year', () => {
    expect(dobAgrees('1940-07-01', '1940')).toBe(true);
    expect(dobAgrees('1940-07-01', '1940-07')).toBe(true);
    expect(dobAgrees('1940', '1940-07-01')).toBe(false);
    expect(dobAgrees('1990-03-05', '1990-05-03')).toBe(false);
  });

  it('names the kind of a difference', () => {
    expect(dobKind('swapped')).toBe('swapped');
    expect(dobKind('year')).toBe('year-only');
    expect(dobKind('partial')).toBe('year-only');
    expect(dobKind('one-part')).toBe('other');
    expect(dobKind('different')).toBe('other');
  });
});

describe('compareId', () => {
  const id = '079190012345';
  it('grades ID numbers', () => {
    expect(compareId(id, id)).toBe('exact');
    expect(compareId('079190012346', id)).toBe('one-digit');
    expect(compareId('079190021345', id)).toBe('transposed');
    expect(compareId('709190012345', id)).toBe('transposed');
    expect(compareId('079190013245', id)).toBe('transposed');
    expect(compareId('079190021346', id)).toBe('different');
    expect(compareId('079190012354', id)).toBe('transposed');
    expect(compareId('079190012453', id)).toBe('different');
    expect(compareId('001234567890', id)).toBe('different');
    expect(compareId(undefined, id)).toBe('missing');
    expect(compareId('025123456', id)).toBe('missing');
  });

  it('names the kind of a difference', () => {
    expect(idKind(undefined, 'missing')).toBe('missing');
    expect(idKind('025123456', 'missing')).toBe('old-id');
    expect(idKind('07919001234', 'missing')).toBe('other');
    expect(idKind('079190012346', 'one-digit')).toBe('one-digit');
    expect(idKind('079190021345', 'transposed')).toBe('transposed');
    expect(idKind('001234567890', 'different')).toBe('other');
  });
});

describe('sex, place and phone', () => {
  it('agree, disagree, or are unknown on either side', () => {
    expect(compareValue('M', 'M')).toBe('agree');
    expect(compareValue('M', 'F')).toBe('disagree');
    expect(compareValue(undefined, 'F')).toBe('unknown');
    expect(compareValue('79', '')).toBe('unknown');
    expect(comparePhone('+84 912 345 678', '0912345678')).toBe('agree');
    expect(comparePhone('0912345678', '0912345679')).toBe('disagree');
    expect(comparePhone('12345', '0912345678')).toBe('unknown');
    expect(comparePhone(undefined, '0912345678')).toBe('unknown');
  });
});
