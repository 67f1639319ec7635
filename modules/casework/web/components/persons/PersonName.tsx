type Named = { givenName: string; familyName: string; nativeGivenName: string | null; nativeFamilyName: string | null };

/** The Latin name, then the name in the original script (its own direction) when there is one. */
export function PersonName({ person }: { person: Named }) {
  const native = [person.nativeGivenName, person.nativeFamilyName].filter(Boolean).join(' ');
  return (
    <>
      <span>
        {person.givenName} {person.familyName}
      </span>
      {native && (
        <span dir="auto" className="d-block small">
          {native}
        </span>
      )}
    </>
  );
}
