import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import { notFound } from '../../../platform/errors/appError';
import {
  assessmentBody,
  assessmentSchema,
  assignMediatorBody,
  availableMediatorSchema,
  availableMediatorsQuery,
  completeAssessmentBody,
  goalBody,
  goalSchema,
  goalUpdateBody,
  interventionBody,
  interventionSchema,
  interventionUpdateBody,
  mediationCalendarItemSchema,
  mediationCalendarQuery,
  mediationDoneBody,
  mediationSchema,
  planSchema,
} from '../contract';
import { caseworkPermissions as P } from './access';
import { caseOfAssessment, caseOfGoal, caseOfIntervention, caseOfMediation, loadPlanCase } from './planGuards';
import { loadPlan, presentAssessment, presentGoal, presentInterventionById, presentMediationById } from './queries/plan';
import { mediationCalendar } from './queries/mediationCalendar';
import { availableMediators } from './queries/mediatorPool';
import { readableDistricts } from './resourceScope';
import { addAssessment } from './commands/addAssessment';
import { completeAssessment } from './commands/completeAssessment';
import { addGoal } from './commands/addGoal';
import { updateGoal } from './commands/updateGoal';
import { addIntervention } from './commands/addIntervention';
import { updateIntervention } from './commands/updateIntervention';
import { assignMediator } from './commands/assignMediator';
import { completeMediation } from './commands/completeMediation';
import { cancelMediation } from './commands/cancelMediation';

const idParams = z.object({ id: z.uuid() });
const READ = P['casework.cases.read'];
const WRITE = P['casework.cases.write'];
const tags = ['casework: plan'];

/** The care plan of a case: every route reaches its record through the case and the case's access rule. */
export const planRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/cases/:id/plan',
    access: READ,
    summary: 'The care plan of a case: assessments, goals, interventions with mediations, consultations and placements',
    tags,
    params: idParams,
    response: planSchema,
    handler: async ({ db, actor, params, config, auditRead }) => {
      const planCase = await loadPlanCase(db, actor, params.id, 'read');
      const plan = await loadPlan(db, config.encryptionKey, planCase);
      await auditRead({ action: 'casework.plan.read', entityType: 'case', entityId: params.id });
      return plan;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/assessments',
    access: WRITE,
    summary: 'Start an assessment (preliminary, or multidimensional after a preliminary that found complex needs)',
    tags,
    params: idParams,
    body: assessmentBody,
    response: assessmentSchema,
    handler: async ({ db, actor, params, body, command }) => {
      const { row } = await loadPlanCase(db, actor, params.id, 'write');
      return presentAssessment(await command((tx, audit) => addAssessment(tx, audit, { caseRow: row, body, by: actor.userId })));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/assessments/:id/complete',
    access: WRITE,
    summary: "Complete an assessment with the team's summary",
    tags,
    params: idParams,
    body: completeAssessmentBody,
    response: assessmentSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, command }) => {
      await loadPlanCase(db, actor, await caseOfAssessment(db, params.id), 'write');
      return presentAssessment(await command((tx, audit) => completeAssessment(tx, audit, { assessmentId: params.id, body, locale })));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/goals',
    access: WRITE,
    summary: 'Add a goal to the care plan',
    tags,
    params: idParams,
    body: goalBody,
    response: goalSchema,
    handler: async ({ db, actor, params, body, command }) => {
      await loadPlanCase(db, actor, params.id, 'write');
      return presentGoal(await command((tx, audit) => addGoal(tx, audit, { caseId: params.id, body, by: actor.userId })));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/goals/:id',
    access: WRITE,
    summary: 'Change a goal (title, status, target and review dates)',
    tags,
    params: idParams,
    body: goalUpdateBody,
    response: goalSchema,
    handler: async ({ db, actor, params, body, command }) => {
      await loadPlanCase(db, actor, await caseOfGoal(db, params.id), 'write');
      return presentGoal(await command((tx, audit) => updateGoal(tx, audit, { goalId: params.id, body })));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/interventions',
    access: WRITE,
    summary: 'Add an intervention: mediation request, support sessions, ethnoclinical consultation, housing placement, orientation',
    tags,
    params: idParams,
    body: interventionBody,
    response: interventionSchema,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const { row, access } = await loadPlanCase(db, actor, params.id, 'write');
      const id = await command((tx, audit) => addIntervention(tx, audit, { caseRow: row, body, by: actor.userId, key: config.encryptionKey, locale }));
      return presentInterventionById(db, config.encryptionKey, access, id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/interventions/:id',
    access: WRITE,
    summary: 'Record progress on an intervention (status, worker, end, sessions held, milestones reached)',
    tags,
    params: idParams,
    body: interventionUpdateBody,
    response: interventionSchema,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const { access } = await loadPlanCase(db, actor, await caseOfIntervention(db, params.id), 'write');
      await command((tx, audit) => updateIntervention(tx, audit, { interventionId: params.id, body, locale }));
      return presentInterventionById(db, config.encryptionKey, access, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/mediations/:id/assign',
    access: WRITE,
    summary: "Assign a mediator from the district's pool (speaks the language, free for the slot)",
    tags,
    params: idParams,
    body: assignMediatorBody,
    response: mediationSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, command }) => {
      const { row } = await loadPlanCase(db, actor, await caseOfMediation(db, params.id), 'write');
      await command((tx, audit) => assignMediator(tx, audit, { caseRow: row, mediationId: params.id, mediatorId: body.mediatorId }));
      return presentMediationById(db, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/mediations/:id/done',
    access: WRITE,
    summary: 'Record a mediation as done, with the hours it took',
    tags,
    params: idParams,
    body: mediationDoneBody,
    response: mediationSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, command }) => {
      await loadPlanCase(db, actor, await caseOfMediation(db, params.id), 'write');
      await command((tx, audit) => completeMediation(tx, audit, { mediationId: params.id, hours: body.hours }));
      return presentMediationById(db, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/mediations/:id/cancel',
    access: WRITE,
    summary: 'Call off a mediation not yet held',
    tags,
    params: idParams,
    response: mediationSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      await loadPlanCase(db, actor, await caseOfMediation(db, params.id), 'write');
      await command((tx, audit) => cancelMediation(tx, audit, { mediationId: params.id }));
      return presentMediationById(db, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/mediations',
    access: READ,
    summary: "Mediation calendar of the caller's services (at most 92 days)",
    tags,
    query: mediationCalendarQuery,
    response: z.array(mediationCalendarItemSchema),
    handler: async ({ db, actor, query, auditRead }) => {
      const items = await mediationCalendar(db, actor, query);
      await auditRead({ action: 'casework.mediations.calendar', entityType: 'case', details: { from: query.from, to: query.to, count: items.length } });
      return items;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/mediators/available',
    access: P['casework.resources.read'],
    summary: 'Mediators of a district who speak a language and are free at a time, least loaded first',
    tags,
    query: availableMediatorsQuery,
    response: z.array(availableMediatorSchema),
    handler: async ({ db, actor, query }) => {
      const districts = await readableDistricts(db, actor);
      if (!districts.all && !districts.ids.includes(query.districtId)) throw notFound();
      return availableMediators(db, { ...query, at: new Date(query.at) });
    },
  }),
];
