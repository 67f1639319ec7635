import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/access/roles';
import { AppError, badRequest, notFound } from '../../../platform/errors/appError';
import {
  caseCloseBody,
  caseCreateBody,
  caseEventSchema,
  caseListQuery,
  caseListSchema,
  caseReopenBody,
  caseSchema,
  caseStatusBody,
  caseUpdateBody,
  caseWorkersBody,
  emergencyAccessBody,
  noteBody,
  noteListSchema,
  noteSchema,
  noteSections,
  notesQuery,
  remindersSchema,
} from '../contract';
import { caseworkOrganizations, caseworkPermissions as P } from './access';
import { loadCaseFor } from './guards';
import { ownService } from './ownService';
import { participants } from './schema';
import { isoToday } from './visibility';
import { listCaseEvents, presentCaseDetail } from './queries/caseDetail';
import { listCases } from './queries/caseList';
import { visibleSubject } from './queries/caseSubject';
import { listNotes } from './queries/notes';
import { listReminders } from './queries/reminders';
import { openCase } from './commands/openCase';
import { updateCase } from './commands/updateCase';
import { changeCaseStatus } from './commands/changeCaseStatus';
import { closeCase } from './commands/closeCase';
import { reopenCase } from './commands/reopenCase';
import { setCaseWorkers } from './commands/setCaseWorkers';
import { grantEmergencyAccess } from './commands/grantEmergencyAccess';
import { addNote } from './commands/addNote';

const idParams = z.object({ id: z.uuid() });
const forbiddenOnCase = () => new AppError(403, 'case_action_forbidden', 'errors.case_action_forbidden');

/** The case as the caller sees it right now (after a change, their access may differ). */
async function presentFresh(db: Db, actor: Actor, caseId: string, encryptionKey: Buffer) {
  const { row, access } = await loadCaseFor(db, actor, caseId);
  return presentCaseDetail(db, row, access, encryptionKey);
}

/** The lead service must belong to an organisation, with a district, where the caller works on cases. */
async function leadServiceOf(db: Db, actor: Actor, serviceId: string) {
  const service = await ownService(db, actor, serviceId);
  if (!service?.districtId) throw badRequest('case_lead_service');
  return { serviceId: service.id, organizationId: service.organizationId, districtId: service.districtId };
}

export const caseRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/cases',
    access: P['casework.cases.read'],
    summary: 'Caseload: the cases I am named on (scope=mine) or every case my services take part in, filtered and paged',
    query: caseListQuery,
    response: caseListSchema,
    handler: async ({ db, actor, query, auditRead }) => {
      const page = await listCases(db, actor, query);
      await auditRead({ action: 'casework.case.list', entityType: 'case', personalData: true, details: { count: page.items.length, total: page.total, scope: query.scope } });
      return page;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases',
    access: P['casework.cases.write'],
    summary: 'Open a case for a person or a household, led by one of my services',
    body: caseCreateBody,
    response: caseSchema,
    handler: async ({ db, actor, body, config, command }) => {
      const lead = await leadServiceOf(db, actor, body.leadServiceId);
      const subject = await visibleSubject(db, actor, body);
      if (!subject) throw notFound();
      const today = isoToday();
      const openedOn = body.openedOn ?? today;
      if (openedOn > today) throw badRequest('case_date_in_future');
      const caseId = await command((tx, audit) => openCase(tx, audit, { actor, body: { ...body, openedOn }, lead, municipalityId: subject.municipalityId, encryptionKey: config.encryptionKey }));
      return presentFresh(db, actor, caseId, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/cases/:id',
    access: P['casework.cases.read'],
    summary: 'One case, with what the caller may see and do on it (restricted cases: a placeholder unless named)',
    params: idParams,
    response: caseSchema,
    handler: async ({ db, actor, params, config, auditRead }) => {
      const { row, access } = await loadCaseFor(db, actor, params.id);
      const view = await presentCaseDetail(db, row, access, config.encryptionKey);
      await auditRead({ action: 'casework.case.read', entityType: 'case', entityId: row.id, personalData: true, details: { level: access.level, emergency: access.emergency } });
      return view;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/cases/:id',
    access: P['casework.cases.write'],
    summary: "Edit a case's areas of need, protection level and summary",
    params: idParams,
    body: caseUpdateBody,
    response: caseSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'update');
      if (row.status === 'closed') throw badRequest('case_closed');
      await command((tx, audit) => updateCase(tx, audit, { actor, row, body, encryptionKey: config.encryptionKey }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/status',
    access: P['casework.cases.write'],
    summary: 'Move a case one stage forward or back (intake → assessment → plan → active)',
    params: idParams,
    body: caseStatusBody,
    response: caseSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'update');
      await command((tx, audit) => changeCaseStatus(tx, audit, { actor, row, status: body.status, note: body.note }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/close',
    access: P['casework.cases.write'],
    summary: 'Close a case with its outcome (exit from care)',
    params: idParams,
    body: caseCloseBody,
    response: caseSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'close');
      const today = isoToday();
      await command((tx, audit) => closeCase(tx, audit, { actor, row, outcome: body.outcome, note: body.note, closedOn: body.closedOn ?? today, today }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/reopen',
    access: P['casework.cases.write'],
    summary: 'Reopen a closed case in the stage it had when closed; the closure stays in its history',
    params: idParams,
    body: caseReopenBody,
    response: caseSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'close');
      await command((tx, audit) => reopenCase(tx, audit, { actor, row, reason: body.reason }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/cases/:id/events',
    access: P['casework.cases.read'],
    summary: "A case's history: opening, stage changes, closures and reopenings, with who did them",
    params: idParams,
    response: z.array(caseEventSchema),
    handler: async ({ db, actor, params, auditRead }) => {
      const { row, access } = await loadCaseFor(db, actor, params.id);
      const events = await listCaseEvents(db, row.id);
      await auditRead({ action: 'casework.case.events', entityType: 'case', entityId: row.id, personalData: true, details: { count: events.length } });
      // Notes written on a restricted case are for those who see it in full.
      return access.level === 'full' ? events : events.map((e) => ({ ...e, note: null }));
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/casework/cases/:id/workers',
    access: P['casework.cases.write'],
    summary: 'Name the workers of a case (staff of the services taking part; the owner always stays)',
    params: idParams,
    body: caseWorkersBody,
    response: caseSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'manageWorkers');
      await command((tx, audit) => setCaseWorkers(tx, audit, { actor, row, userIds: body.userIds, today: isoToday() }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/emergency-access',
    access: P['casework.cases.write'],
    summary: 'Emergency access to a restricted case I am not named on: reason required, time-limited, the owner is alerted',
    params: idParams,
    body: emergencyAccessBody,
    response: caseSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row } = await loadCaseFor(db, actor, params.id, 'emergencyAccess');
      await command((tx, audit) => grantEmergencyAccess(tx, audit, { actor, row, reason: body.reason, hours: config.casework.emergencyAccessHours }));
      return presentFresh(db, actor, row.id, config.encryptionKey);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/cases/:id/notes',
    access: P['casework.cases.read'],
    summary: "A case's notes in the sections I may see, newest first",
    params: idParams,
    query: notesQuery,
    response: noteListSchema,
    handler: async ({ db, actor, params, query, config, auditRead }) => {
      const { row, access } = await loadCaseFor(db, actor, params.id);
      const sections = noteSections.filter((s) => access.sections.includes(s));
      if (sections.length === 0) throw forbiddenOnCase();
      const page = await listNotes(db, row.id, sections, query, config.encryptionKey);
      await auditRead({ action: 'casework.note.list', entityType: 'case', entityId: row.id, personalData: true, details: { count: page.items.length, sections } });
      return page;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/notes',
    access: P['casework.cases.write'],
    summary: 'Add a note (encrypted at rest on restricted cases)',
    params: idParams,
    body: noteBody,
    response: noteSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { row, access } = await loadCaseFor(db, actor, params.id, 'addNote');
      if (!access.sections.includes(body.section)) throw forbiddenOnCase();
      const organizationId = await authorOrganization(db, actor, row.id);
      const note = await command((tx, audit) => addNote(tx, audit, { actor, row, organizationId, section: body.section, body: body.body, encryptionKey: config.encryptionKey }));
      return { ...note, section: body.section, body: body.body, authorId: actor.userId, authorName: actor.displayName, authorOrganizationId: organizationId, createdAt: note.createdAt.toISOString() };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/reminders',
    access: P['casework.cases.read'],
    summary: 'What needs doing soon on my cases: permits expiring, referrals waiting, assessments and reviews due',
    response: remindersSchema,
    handler: async ({ db, actor, config, auditRead }) => {
      const items = await listReminders(db, actor, config.casework);
      await auditRead({ action: 'casework.reminders.read', entityType: 'case', personalData: true, details: { count: items.length } });
      return { items };
    },
  }),
];

/** The organisation a note is written for: the caller's own among those taking part, the lead first. */
async function authorOrganization(db: Db, actor: Actor, caseId: string): Promise<string> {
  const orgs = caseworkOrganizations(actor, P['casework.cases.write']);
  const rows = await db
    .select({ organizationId: participants.organizationId, role: participants.role })
    .from(participants)
    .where(and(eq(participants.caseId, caseId), inArray(participants.organizationId, orgs)));
  const chosen = rows.find((r) => r.role === 'lead') ?? rows[0];
  if (!chosen) throw forbiddenOnCase();
  return chosen.organizationId;
}
