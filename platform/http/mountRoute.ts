import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { holds } from '../access/policy';
import type { Actor } from '../access/roles';
import { recordAudit } from '../audit/audit';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { AppError, forbidden, unauthorized } from '../errors/appError';
import { requestLocale, zodFields } from './errors';
import type { AnyRoute, AuditInput, RouteContext } from './route';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

function parsePart(schema: z.ZodType | undefined, value: unknown, prefix: string, request: FastifyRequest): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const locale = requestLocale(request);
  throw new AppError(400, 'validation', 'errors.validation', {}, zodFields(result.error, prefix, locale));
}

/** Every route takes the same steps: authenticate, authorise the role, validate, then the handler loads, checks the record and acts. */
export function mountRoute(app: FastifyInstance, route: AnyRoute, deps: { db: Db; config: Config }): void {
  app.route({
    method: route.method,
    url: route.url,
    bodyLimit: route.rawBody?.maxBytes,
    handler: async (request, reply) => {
      const actor = request.actor;
      if (route.access !== 'public') {
        if (!actor) throw unauthorized();
        if (actor.mustChangePassword && !route.allowedBeforePasswordChange) throw new AppError(403, 'password_change_required', 'errors.password_change_required');
        if (route.access !== 'authenticated' && !holds(actor, route.access)) throw forbidden();
      }
      const params = parsePart(route.params, request.params, '', request);
      const query = parsePart(route.query, request.query, '', request);
      const body = route.rawBody ? request.body : parsePart(route.body, request.body, '', request);
      const ip = request.ip;
      const auditBase = { actorId: actor?.userId ?? null, actorLabel: actor?.email ?? null, ip };
      const ctx: RouteContext<unknown, unknown, unknown> = {
        params,
        query,
        body,
        actor: actor as Actor,
        maybeActor: actor,
        db: deps.db,
        config: deps.config,
        locale: requestLocale(request),
        ip,
        request,
        reply,
        command: (work) =>
          deps.db.transaction(async (tx) => work(tx as unknown as Db, (e: AuditInput) => recordAudit(tx as unknown as Db, { ...auditBase, ...e }))),
        auditRead: (e) => deps.db.transaction(async (tx) => recordAudit(tx as unknown as Db, { ...auditBase, personalData: true, ...e })),
      };
      const result = await route.handler(ctx as never);
      if (route.rawReply) return reply;
      if (result === undefined) return reply.status(204).send();
      return reply.status(route.successStatus ?? (route.method === 'POST' ? 201 : 200)).send(result);
    },
  });
}
