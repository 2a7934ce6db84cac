import { describe, expect, it } from 'vitest';
import {
  applyChoices,
  registrationDifferences,
  unchosen,
  type PersonValues,
} from '../../../shared/domain/registration-differences';

const onFile: PersonValues = {
  name: '谭桂花',
  phone: '13712341255',
  countyCode: '422823',
  town: '野三关镇',
  village: '',
  intendedEnterpriseId: 'lux',
  previousWork: '深圳电子厂',
  notes: '',
  prefNearHome: false,
  prefMothersLine: true,
};

describe('a second registration of a known ID number', () => {
  it('differs in each field it gives with another value, in the form’s order', () => {
    const now = { ...onFile, phone: '13988886666', village: '青树村', name: '谭桂华', prefNearHome: true };
    expect(registrationDifferences(onFile, now)).toEqual(['name', 'phone', 'village', 'prefNearHome']);
    expect(registrationDifferences(onFile, onFile)).toEqual([]);
  });

  it('says nothing new with a blank, an unticked preference or "any enterprise"', () => {
    const blankish = {
      ...onFile,
      town: '  ',
      previousWork: '',
      intendedEnterpriseId: null,
      prefMothersLine: false,
    };
    expect(registrationDifferences(onFile, blankish)).toEqual([]);
    // Any enterprise on file and one named now: that is new.
    expect(registrationDifferences({ ...onFile, intendedEnterpriseId: null }, onFile)).toEqual([
      'intendedEnterpriseId',
    ]);
  });

  it('keeps per field what the user chose, and knows which are still to choose', () => {
    const now = { ...onFile, phone: '13988886666', village: '青树村', name: '谭桂华' };
    const diffs = registrationDifferences(onFile, now);
    expect(unchosen(diffs, { phone: 'incoming' })).toEqual(['name', 'village']);
    expect(applyChoices(onFile, now, { phone: 'incoming', village: 'incoming', name: 'stored' })).toEqual({
      ...onFile,
      phone: '13988886666',
      village: '青树村',
    });
    // A choice for a field that does not differ changes nothing.
    expect(applyChoices(onFile, { ...onFile, town: '' }, { town: 'incoming' })).toEqual(onFile);
  });
});
