import type { SeekerDetail, SeekerInput, SeekerUpdate } from '../../../../../shared/domain/seeker';

/** The fields registering and editing share (the ID number, gender and age only come with registering). */
export type PersonValues = Omit<SeekerUpdate, 'id'>;

export function emptyRegistration(signedUpOn: string): SeekerInput {
  return {
    name: '',
    idNumber: '',
    gender: null,
    age: null,
    phone: '',
    countyCode: '',
    town: '',
    village: '',
    intendedEnterpriseId: null,
    previousWork: '',
    notes: '',
    prefNearHome: false,
    prefMothersLine: false,
    channel: 'point_to_point',
    signedUpOn,
    signedUpAt: '',
  };
}

/** Exactly what `seekers.update` takes (the contract is strict: no extra keys); a blank phone keeps it. */
export function toUpdateValues(d: SeekerDetail): SeekerUpdate {
  return {
    id: d.id,
    name: d.name,
    phone: '',
    countyCode: d.countyCode,
    town: d.town,
    village: d.village,
    intendedEnterpriseId: d.intendedEnterpriseId,
    previousWork: d.previousWork,
    notes: d.notes,
    prefNearHome: d.prefNearHome,
    prefMothersLine: d.prefMothersLine,
    channel: d.channel,
    signedUpOn: d.signedUpOn,
    signedUpAt: d.signedUpAt,
  };
}
