import { useMemo, useState } from 'react';
import { useForm } from '../../../../../platform/web';
import type { permitTypes, sexes } from '../../../contract';
import type { Person, PersonBody } from '../../api/persons';

type Sex = (typeof sexes)[number];
type PermitType = (typeof permitTypes)[number];

const blank = {
  givenName: '',
  familyName: '',
  nativeGivenName: '',
  nativeFamilyName: '',
  sex: '',
  birthYear: '',
  birthMonth: '',
  birthDay: '',
  birthPlace: '',
  birthCountry: '',
  needsMediator: '',
  permitType: '',
  permitNumber: '',
  permitExpiresOn: '',
  taxCode: '',
  phone: '',
  email: '',
  address: '',
  municipalityId: '',
  registeredByServiceId: '',
};
export type PersonFormValues = typeof blank;

const text = (v: string) => v.trim() || null;
const pad = (v: string) => v.padStart(2, '0');

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from the three parts, as the contract takes a partial date. */
function partialDate(year: string, month: string, day: string): string | null {
  const y = year.trim();
  if (!y) return null;
  if (!month) return y;
  return day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
}

function valuesOf(p: Person | undefined): PersonFormValues {
  if (!p) return blank;
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    nativeGivenName: s(p.nativeGivenName),
    nativeFamilyName: s(p.nativeFamilyName),
    sex: s(p.sex),
    birthYear: p.birthDate?.slice(0, 4) ?? '',
    birthMonth: p.birthDate && p.birthDate.length >= 7 ? String(Number(p.birthDate.slice(5, 7))) : '',
    birthDay: p.birthDate && p.birthDate.length === 10 ? String(Number(p.birthDate.slice(8, 10))) : '',
    birthPlace: s(p.birthPlace),
    birthCountry: s(p.birthCountry),
    needsMediator: p.needsMediator ? 'true' : '',
    permitType: s(p.permit?.type),
    permitNumber: s(p.permit?.number),
    permitExpiresOn: s(p.permit?.expiresOn),
    taxCode: s(p.taxCode),
    phone: s(p.phone),
    email: s(p.email),
    address: s(p.address),
    municipalityId: s(p.municipalityId),
    registeredByServiceId: s(p.registeredBy.serviceId),
  };
}

/** The person form's state: text fields through useForm, lists beside them, and the request body they make. */
export function usePersonForm(person?: Person) {
  const form = useForm<PersonFormValues>(valuesOf(person));
  const [alternativeNames, setAlternativeNames] = useState<string[]>(person?.alternativeNames ?? []);
  const [citizenships, setCitizenships] = useState<string[]>(person?.citizenships ?? []);
  const [languages, setLanguages] = useState<string[]>(person?.languages ?? []);
  const v = form.values;

  const body = useMemo<PersonBody>(
    () => ({
      givenName: v.givenName.trim(),
      familyName: v.familyName.trim(),
      nativeGivenName: text(v.nativeGivenName),
      nativeFamilyName: text(v.nativeFamilyName),
      alternativeNames,
      sex: (v.sex || null) as Sex | null,
      birthDate: partialDate(v.birthYear, v.birthMonth, v.birthDay),
      birthPlace: text(v.birthPlace),
      birthCountry: v.birthCountry || null,
      citizenships,
      languages,
      needsMediator: v.needsMediator === 'true',
      permit: v.permitType ? { type: v.permitType as PermitType, number: text(v.permitNumber), expiresOn: text(v.permitExpiresOn) } : null,
      taxCode: text(v.taxCode.toUpperCase()),
      phone: text(v.phone),
      email: text(v.email),
      address: text(v.address),
      municipalityId: v.municipalityId || null,
      registeredByServiceId: v.registeredByServiceId,
    }),
    [v, alternativeNames, citizenships, languages],
  );

  const lists = { alternativeNames, setAlternativeNames, citizenships, setCitizenships, languages, setLanguages };
  return { form, lists, body };
}
export type PersonFormState = ReturnType<typeof usePersonForm>;
