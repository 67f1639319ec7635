import { z } from 'zod';
import { defineRoute, type AnyRoute, type RouteContext } from '../../../platform/http/route';
import { AppError } from '../../../platform/errors/appError';
import { eraseBody, eraseResponse, personExportSchema, retentionRunBody, retentionRunResponse } from '../contract';
import { caseworkPermissions as P } from './access';
import { applyRetention } from './commands/applyRetention';
import { erasePerson } from './commands/erasePerson';
import { personExportPdf } from './pdf/personExportPdf';
import { buildPersonExport } from './queries/personExport';
import { loadPersonFor, requirePersonAbility } from './queries/persons';
import { isoToday } from './visibility';

const idParams = z.object({ id: z.uuid() });

type Ctx = RouteContext<{ id: string }, unknown, unknown>;

/** Loads what the caller may export (404 when they may not see the person) and records the read. */
async function exportFor(ctx: Ctx, format: 'json' | 'pdf') {
  const person = await loadPersonFor(ctx.db, ctx.actor, ctx.params.id);
  requirePersonAbility(ctx.actor, person, 'export');
  const data = await buildPersonExport(ctx.db, ctx.actor, person, { encryptionKey: ctx.config.encryptionKey, referralReminderDays: ctx.config.casework.referralReminderDays });
  await ctx.auditRead({
    action: 'casework.person.export',
    entityType: 'person',
    entityId: ctx.params.id,
    personalData: true,
    details: { format, cases: data.cases.length, restrictedCases: data.restrictedCases.length, otherControllersCases: data.otherControllers.cases },
  });
  return data;
}

const fileName = (id: string, ext: string) => `dati-personali-${id.slice(0, 8)}-${isoToday()}.${ext}`;

export const rightsRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id/export.json',
    access: P['casework.persons.export'],
    summary: "Everything the caller's organisation holds about a person, for an access request (GDPR art. 15)",
    params: idParams,
    response: personExportSchema,
    handler: async (ctx) => {
      const data = await exportFor(ctx, 'json');
      void ctx.reply.header('content-disposition', `attachment; filename="${fileName(ctx.params.id, 'json')}"`);
      return data;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id/export.pdf',
    access: P['casework.persons.export'],
    summary: 'The same export as a readable Italian PDF',
    params: idParams,
    rawReply: true,
    handler: async (ctx) => {
      const pdf = await personExportPdf(await exportFor(ctx, 'pdf'));
      void ctx.reply
        .status(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(ctx.params.id, 'pdf')}"`)
        .send(pdf);
      return undefined;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/:id/erase',
    access: P['casework.persons.erase'],
    summary: "Pseudonymise or erase a person's data on request (head of the registering organisation)",
    params: idParams,
    body: eraseBody,
    response: eraseResponse,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      // Only the registering organisation answers for the record itself; others who see it through a case do not.
      requirePersonAbility(actor, await loadPersonFor(db, actor, params.id), 'erase', () => new AppError(403, 'person_erase_forbidden', 'errors.person_erase_forbidden'));
      return command((tx, audit) => erasePerson(tx, audit, { personId: params.id, request: body, by: actor.userId, encryptionKey: config.encryptionKey }));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/retention/run',
    access: P['casework.retention.run'],
    summary: 'Apply the retention rule: pseudonymise persons whose cases all closed more than the configured years ago (counts only)',
    body: retentionRunBody,
    response: retentionRunResponse,
    successStatus: 200,
    handler: async ({ actor, body, config, command }) =>
      command((tx, audit) => applyRetention(tx, audit, { years: config.casework.retentionYears, today: isoToday(), dryRun: body.dryRun, by: actor.userId, encryptionKey: config.encryptionKey })),
  }),
];
