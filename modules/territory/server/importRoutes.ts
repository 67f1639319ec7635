import type { z } from 'zod';
import { defineRoute } from '../../../platform/http/route';
import { can } from '../../../platform/access/policy';
import { AppError, badRequest, forbidden } from '../../../platform/errors/appError';
import type { Locale } from '../../../platform/i18n/i18n';
import { importQuery, importReportSchema } from '../contract';
import { territoryPermissions as P } from './access';
import type { ImportRowError } from './imports/importReport';
import { parseIstatMunicipalities } from './imports/parseIstatMunicipalities';
import { parseBoundaries } from './imports/parseBoundaries';
import { importMunicipalities } from './commands/importMunicipalities';
import { importBoundaries, unknownMunicipalityErrors } from './commands/importBoundaries';

const MAX_REPORTED_ERRORS = 1000;
const localized = (errors: ImportRowError[], locale: Locale) =>
  errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({ line: e.line, field: e.field, message: locale === 'it' ? e.messageIt : e.message }));

type Report = z.input<typeof importReportSchema>;

/** A file with any bad row writes nothing: the dry run reports, the real run refuses with the same report. */
function refuseIfInvalid(errors: ImportRowError[], locale: Locale): void {
  if (errors.length === 0) return;
  throw new AppError(
    400,
    'import_invalid',
    'errors.import_invalid',
    {},
    localized(errors, locale).map((e) => ({ field: `line ${e.line}: ${e.field}`, message: e.message })),
  );
}

function requireText(body: unknown): string {
  // A GeoJSON file sent as application/json arrives already parsed.
  const text = body !== null && typeof body === 'object' ? JSON.stringify(body) : body;
  if (typeof text !== 'string' || text.trim() === '') throw badRequest('empty_file');
  return text;
}

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/territory/imports/municipalities',
    access: P['territory.import'],
    summary: "Import ISTAT's list of municipalities (its CSV layout). dryRun=true validates only; a file with bad rows writes nothing",
    query: importQuery,
    rawBody: { contentTypes: ['text/csv', 'text/plain'], maxBytes: 20 * 1024 * 1024 },
    response: importReportSchema,
    successStatus: 200,
    handler: async ({ actor, body, query, locale, command }): Promise<Report> => {
      if (!can(actor, P['territory.import'], {})) throw forbidden();
      const { rows, errors } = parseIstatMunicipalities(requireText(body));
      const dryRun = query.dryRun === 'true';
      const report = { dryRun, accepted: rows.length, rejected: errors.length, created: 0, updated: 0, errors: localized(errors, locale) };
      if (dryRun) return report;
      refuseIfInvalid(errors, locale);
      const result = await command(async (tx, audit) => {
        const r = await importMunicipalities(tx, rows);
        await audit({ action: 'territory.import.municipalities', entityType: 'municipality', details: { rows: rows.length, ...r } });
        return r;
      });
      return { ...report, ...result };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/territory/imports/boundaries',
    access: P['territory.import'],
    summary: 'Import municipal boundaries from GeoJSON with ISTAT/openpolis properties; a file with bad features writes nothing',
    query: importQuery,
    rawBody: { contentTypes: ['application/geo+json', 'application/json', 'text/plain'], maxBytes: 100 * 1024 * 1024 },
    response: importReportSchema,
    successStatus: 200,
    handler: async ({ actor, db, body, query, locale, command }): Promise<Report> => {
      if (!can(actor, P['territory.import'], {})) throw forbidden();
      const parsed = parseBoundaries(requireText(body));
      const errors = [...parsed.errors, ...(await unknownMunicipalityErrors(db, parsed.features))].sort((a, b) => a.line - b.line);
      const accepted = parsed.features.length - (errors.length - parsed.errors.length);
      const dryRun = query.dryRun === 'true';
      const report = { dryRun, accepted, rejected: errors.length, created: 0, updated: 0, errors: localized(errors, locale) };
      if (dryRun) return report;
      refuseIfInvalid(errors, locale);
      const updated = await command(async (tx, audit) => {
        const n = await importBoundaries(tx, parsed.features, 'import');
        await audit({ action: 'territory.import.boundaries', entityType: 'municipality', details: { features: n } });
        return n;
      });
      return { ...report, updated };
    },
  }),
];
