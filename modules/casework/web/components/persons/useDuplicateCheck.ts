import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { checkDuplicates, type DuplicateCheckBody, type PersonBody } from '../../api/persons';

const DEBOUNCE_MS = 500;

/** What the check needs: names plus a birth year, or a tax code; and the registering service. */
export function canCheck(b: DuplicateCheckBody): boolean {
  const named = !!b.givenName?.trim() && !!b.familyName?.trim();
  const yearOk = !!b.birthDate && /^\d{4}/.test(b.birthDate) && Number(b.birthDate.slice(0, 4)) >= 1900;
  return !!b.registeredByServiceId && ((named && yearOk) || (b.taxCode?.length ?? 0) >= 11);
}

/** Looks for the same person across the district while the operator types, 500 ms after the last keystroke. */
export function useDuplicateCheck(body: PersonBody) {
  const probe: DuplicateCheckBody = {
    givenName: body.givenName,
    familyName: body.familyName,
    nativeGivenName: body.nativeGivenName ?? undefined,
    nativeFamilyName: body.nativeFamilyName ?? undefined,
    alternativeNames: body.alternativeNames,
    birthDate: body.birthDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(body.birthDate) ? body.birthDate : null,
    sex: body.sex,
    taxCode: body.taxCode,
    registeredByServiceId: body.registeredByServiceId,
  };
  const key = JSON.stringify(probe);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const settledBody = JSON.parse(settled) as DuplicateCheckBody;
  const enabled = canCheck(settledBody);
  const query = useQuery({
    queryKey: ['casework', 'persons', 'duplicates', settled],
    queryFn: ({ signal }) => checkDuplicates(settledBody, signal),
    enabled,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
  return { query, enabled, typing: key !== settled };
}
