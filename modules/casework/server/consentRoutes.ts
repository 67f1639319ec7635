import { z } from 'zod';
import type { Actor } from '../../../platform/access/roles';
import { findUserById } from '../../../platform/auth/users';
import type { Db } from '../../../platform/db/database';
import { AppError, conflict, notFound } from '../../../platform/errors/appError';
import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import type { Locale } from '../../../platform/i18n/i18n';
import { findServices, organizationNames } from '../../organizations/module';
import { consentBody, consentSchema, lockoutBody, lockoutSchema, MAX_DOCUMENT_BYTES, withdrawConsentBody, type ConsentBody } from '../contract';
import { caseworkPermissions as P } from './access';
import { addLockout } from './commands/addLockout';
import { liftLockout } from './commands/liftLockout';
import { recordConsent } from './commands/recordConsent';
import { replaceConsent } from './commands/replaceConsent';
import { withdrawConsent } from './commands/withdrawConsent';
import { consentsOfPerson, loadConsent, loadLockout, lockoutsOfPerson, presentConsents } from './queries/consents';
import { loadPersonFor, requirePersonAbility, type LoadedPerson } from './queries/persons';
import { invalidField } from './input';
import { base64BodyBytes } from '../../../platform/http/base64';
import { parseRawJsonBody } from '../../../platform/http/files';
import { isoToday } from './visibility';

const idParams = z.object({ id: z.uuid() });
const replaceParams = z.object({ id: z.uuid(), consentId: z.uuid() });
// The signed form travels base64-encoded inside the JSON.
const CONSENT_BODY_BYTES = base64BodyBytes(1, MAX_DOCUMENT_BYTES, 64 * 1024);

/** What the body alone cannot say: a consent is not given in the future, to an organisation that exists. */
async function checkConsentTerms(db: Db, body: ConsentBody, locale: Locale): Promise<void> {
  if (body.givenOn > isoToday()) throw invalidField('givenOn', 'date_not_future', locale);
  if (body.grantedToOrganizationId && !(await organizationNames(db, [body.grantedToOrganizationId]))[body.grantedToOrganizationId]) {
    throw invalidField('grantedToOrganizationId', 'organization_unknown', locale);
  }
}

/** Lockouts are the business of the case's lead service or of the organisation that registered the person. */
const lockoutForbidden = () => new AppError(403, 'lockout_forbidden', 'errors.lockout_forbidden');

/** Loads the person (404 when invisible) and requires the ability (403). */
async function personWith(db: Db, actor: Actor, personId: string, ability: 'manageConsents' | 'manageLockouts'): Promise<LoadedPerson> {
  const person = await loadPersonFor(db, actor, personId);
  requirePersonAbility(actor, person, ability, ability === 'manageLockouts' ? lockoutForbidden : undefined);
  return person;
}

async function presentOne(db: Db, id: string) {
  return (await presentConsents(db, [await loadConsent(db, id)]))[0]!;
}

async function loadConsentFor(db: Db, actor: Actor, id: string) {
  const consent = await loadConsent(db, id);
  await personWith(db, actor, consent.personId, 'manageConsents');
  return consent;
}

export const consentRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id/consents',
    access: P['casework.cases.read'],
    summary: "A person's consent terms, withdrawn and replaced ones included",
    params: idParams,
    response: z.array(consentSchema),
    handler: async ({ db, actor, params, auditRead }) => {
      await loadPersonFor(db, actor, params.id);
      const list = await consentsOfPerson(db, params.id);
      await auditRead({ action: 'casework.consents.read', entityType: 'person', entityId: params.id, personalData: true });
      return list;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/:id/consents',
    access: P['casework.cases.write'],
    summary: 'Record a consent term given by the person, with the signed form',
    params: idParams,
    rawBody: { contentTypes: ['application/json'], maxBytes: CONSENT_BODY_BYTES },
    response: consentSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const input = parseRawJsonBody(consentBody, body, locale);
      await personWith(db, actor, params.id, 'manageConsents');
      await checkConsentTerms(db, input, locale);
      const id = await command((tx, audit) => recordConsent(tx, audit, { personId: params.id, body: input, by: actor.userId }));
      return presentOne(db, id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/consents/:id/withdraw',
    access: P['casework.cases.write'],
    summary: 'Record the withdrawal of a consent: the access it granted ends at once',
    params: idParams,
    body: withdrawConsentBody,
    response: consentSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, command }) => {
      const consent = await loadConsentFor(db, actor, params.id);
      if (consent.withdrawnAt) throw conflict('consent_already_withdrawn');
      await command((tx, audit) => withdrawConsent(tx, audit, { consentId: consent.id, note: body.note ?? null, by: actor.userId }));
      return presentOne(db, consent.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/:id/consents/:consentId/replace',
    access: P['casework.cases.write'],
    summary: 'Replace a consent with new terms; participations the new terms still cover move to them, the others end',
    params: replaceParams,
    rawBody: { contentTypes: ['application/json'], maxBytes: CONSENT_BODY_BYTES },
    response: consentSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const input = parseRawJsonBody(consentBody, body, locale);
      await personWith(db, actor, params.id, 'manageConsents');
      const old = await loadConsent(db, params.consentId);
      if (old.personId !== params.id) throw notFound();
      if (old.withdrawnAt) throw conflict('consent_already_withdrawn');
      await checkConsentTerms(db, input, locale);
      const result = await command((tx, audit) => replaceConsent(tx, audit, { personId: params.id, oldId: old.id, body: input, by: actor.userId }));
      return presentOne(db, result.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id/lockouts',
    access: P['casework.cases.read'],
    summary: 'Workers and services the person has shut out of their cases',
    params: idParams,
    response: z.array(lockoutSchema),
    handler: async ({ db, actor, params, auditRead }) => {
      await personWith(db, actor, params.id, 'manageLockouts');
      const list = await lockoutsOfPerson(db, params.id);
      await auditRead({ action: 'casework.lockouts.read', entityType: 'person', entityId: params.id, personalData: true });
      return list;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/:id/lockouts',
    access: P['casework.cases.write'],
    summary: 'Record that a worker or a service must never see the person’s cases',
    params: idParams,
    body: lockoutBody,
    response: lockoutSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      await personWith(db, actor, params.id, 'manageLockouts');
      let target: { userId: string } | { serviceId: string; organizationId: string };
      if (body.userId) {
        if (!(await findUserById(db, body.userId))) throw invalidField('userId', 'user_unknown', locale);
        target = { userId: body.userId };
      } else {
        const service = (await findServices(db, [body.serviceId!])).get(body.serviceId!);
        if (!service) throw invalidField('serviceId', 'service_unknown', locale);
        target = { serviceId: service.id, organizationId: service.organizationId };
      }
      const id = await command((tx, audit) => addLockout(tx, audit, { personId: params.id, target, reason: body.reason ?? null, by: actor.userId }));
      return (await lockoutsOfPerson(db, params.id)).find((l) => l.id === id)!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/lockouts/:id/lift',
    access: P['casework.cases.write'],
    summary: 'Lift a lockout; access it ended comes back only through a new referral',
    params: idParams,
    body: z.object({}).optional(),
    response: lockoutSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      const lockout = await loadLockout(db, params.id);
      await personWith(db, actor, lockout.personId, 'manageLockouts');
      if (lockout.liftedAt) throw conflict('lockout_already_lifted');
      await command((tx, audit) => liftLockout(tx, audit, { lockoutId: lockout.id, by: actor.userId }));
      return (await lockoutsOfPerson(db, lockout.personId)).find((l) => l.id === lockout.id)!;
    },
  }),
];
