import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../../platform/http/route';
import { notFound } from '../../../platform/errors/appError';
import { helpDeskBody, helpDeskSchema, serviceBody, serviceSchema } from '../contract';
import { organizationPermissions as P } from './access';
import { helpDesks, services } from './schema';
import { checkReferences, checkServiceOfOrganization, loadAllowed } from './guards';
import { presentHelpDesk, presentService } from './presenters';

const serviceParams = z.object({ id: z.uuid(), serviceId: z.uuid() });
// An edit that names no field is a mistake worth telling, not a silent no-op.
const someField = (body: object) => Object.keys(body).length > 0;
const serviceUpdateBody = serviceBody.partial().refine(someField, 'validation.empty_update');
const helpDeskUpdateBody = helpDeskBody.partial().refine(someField, 'validation.empty_update');
const helpDeskParams = z.object({ id: z.uuid(), helpDeskId: z.uuid() });

/** Editing and removing services and help desks; removal archives, so history and references stay. */
export const serviceRoutes = [
  defineRoute({
    method: 'PATCH',
    url: '/api/organizations/:id/services/:serviceId',
    access: P['organizations.services.manage'],
    summary: "Edit one of an organisation's services",
    params: serviceParams,
    body: serviceUpdateBody,
    response: serviceSchema,
    handler: async (ctx) => {
      const { params, body, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      return command(async (tx, audit) => {
        const [row] = await tx
          .update(services)
          .set(body)
          .where(and(eq(services.id, params.serviceId), eq(services.organizationId, params.id), isNull(services.archivedAt)))
          .returning();
        if (!row) throw notFound();
        await audit({ action: 'organizations.service.update', entityType: 'service', entityId: row.id, details: { organizationId: params.id, fields: Object.keys(body) } });
        return presentService(row);
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/organizations/:id/services/:serviceId',
    access: P['organizations.services.manage'],
    summary: 'Remove a service (archived: it leaves every list, its help desks lose the link)',
    params: serviceParams,
    handler: async (ctx) => {
      const { params, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      await command(async (tx, audit) => {
        const [row] = await tx
          .update(services)
          .set({ archivedAt: new Date() })
          .where(and(eq(services.id, params.serviceId), eq(services.organizationId, params.id), isNull(services.archivedAt)))
          .returning({ id: services.id });
        if (!row) throw notFound();
        await tx.update(helpDesks).set({ serviceId: null }).where(eq(helpDesks.serviceId, row.id));
        await audit({ action: 'organizations.service.remove', entityType: 'service', entityId: row.id, details: { organizationId: params.id } });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/organizations/:id/help-desks/:helpDeskId',
    access: P['organizations.services.manage'],
    summary: "Edit one of an organisation's help desks",
    params: helpDeskParams,
    body: helpDeskUpdateBody,
    response: helpDeskSchema,
    handler: async (ctx) => {
      const { db, params, body, locale, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      await checkReferences(db, body, locale);
      await checkServiceOfOrganization(db, params.id, body.serviceId, locale);
      return command(async (tx, audit) => {
        const [row] = await tx
          .update(helpDesks)
          .set(body)
          .where(and(eq(helpDesks.id, params.helpDeskId), eq(helpDesks.organizationId, params.id), isNull(helpDesks.archivedAt)))
          .returning();
        if (!row) throw notFound();
        await audit({ action: 'organizations.help_desk.update', entityType: 'help_desk', entityId: row.id, details: { organizationId: params.id, fields: Object.keys(body) } });
        return presentHelpDesk(row);
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/organizations/:id/help-desks/:helpDeskId',
    access: P['organizations.services.manage'],
    summary: 'Remove a help desk (archived)',
    params: helpDeskParams,
    handler: async (ctx) => {
      const { params, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      await command(async (tx, audit) => {
        const [row] = await tx
          .update(helpDesks)
          .set({ archivedAt: new Date() })
          .where(and(eq(helpDesks.id, params.helpDeskId), eq(helpDesks.organizationId, params.id), isNull(helpDesks.archivedAt)))
          .returning({ id: helpDesks.id });
        if (!row) throw notFound();
        await audit({ action: 'organizations.help_desk.remove', entityType: 'help_desk', entityId: row.id, details: { organizationId: params.id } });
      });
      return undefined;
    },
  }),
];
