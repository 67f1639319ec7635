import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type RouteContext } from '../../../platform/http/route';
import { can } from '../../../platform/access/policy';
import { removeGrant, grantsInScope } from '../../../platform/access/grants';
import { conflict, notFound } from '../../../platform/errors/appError';
import { pageOf } from '../../../platform/db/paging';
import type { Db } from '../../../platform/db/database';
import {
  addMemberResponse,
  helpDeskBody,
  helpDeskSchema,
  listQuery,
  memberBody,
  memberSchema,
  organizationBody,
  organizationSchema,
  organizationUpdateBody,
  organizationsQuery,
  serviceBody,
  serviceSchema,
} from '../contract';
import { organizationPermissions as P } from './access';
import { helpDesks, organizations, services, staff } from './schema';
import { listOrganizations, loadOrganization, presentOrganizations } from './queries/organizations';
import { checkReferences, checkServiceOfOrganization, invalidField, loadAllowed } from './guards';
import { presentHelpDesk, presentService } from './presenters';
import { findMember, listMembers } from './queries/members';
import { addMember } from './commands/addMember';

const idParams = z.object({ id: z.uuid() });

async function present(db: Db, actor: RouteContext<unknown, unknown, unknown>['actor'], id: string) {
  return (await presentOrganizations(db, actor, [await loadOrganization(db, id)]))[0]!;
}

export const organizationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/organizations',
    access: P['organizations.read'],
    summary: "The network's organisations, searchable and filterable",
    query: organizationsQuery,
    response: pageOf(organizationSchema),
    handler: async ({ db, actor, query }) => listOrganizations(db, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organizations',
    access: P['organizations.create'],
    summary: 'Register an organisation (district coordinators: in their own district)',
    body: organizationBody,
    response: organizationSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      // A coordinator may only create inside a district they coordinate; the platform admin anywhere.
      if (!can(actor, P['organizations.create'], { districtIds: body.districtId ? [body.districtId] : [] })) {
        throw invalidField('districtId', 'notYourDistrict', locale);
      }
      await checkReferences(db, body, locale);
      const id = await command(async (tx, audit) => {
        const [row] = await tx.insert(organizations).values(body).returning({ id: organizations.id });
        await audit({ action: 'organizations.create', entityType: 'organization', entityId: row!.id, details: { name: body.name, kind: body.kind } });
        return row!.id;
      });
      return present(db, actor, id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organizations/:id',
    access: P['organizations.read'],
    summary: 'One organisation',
    params: idParams,
    response: organizationSchema,
    handler: async ({ db, actor, params }) => present(db, actor, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/organizations/:id',
    access: P['organizations.update'],
    summary: "Edit an organisation's details",
    params: idParams,
    body: organizationUpdateBody,
    response: organizationSchema,
    handler: async (ctx) => {
      const { db, actor, params, body, locale, command } = ctx;
      const org = await loadAllowed(ctx, params.id, P['organizations.update']);
      // Moving an organisation to another district is a coordinator's decision over the target district.
      if (body.districtId !== undefined && body.districtId !== org.districtId && !can(actor, P['organizations.create'], { districtIds: body.districtId ? [body.districtId] : [] })) {
        throw invalidField('districtId', 'notYourDistrict', locale);
      }
      await checkReferences(db, body, locale);
      await command(async (tx, audit) => {
        await tx.update(organizations).set({ ...body, updatedAt: new Date() }).where(eq(organizations.id, params.id));
        await audit({ action: 'organizations.update', entityType: 'organization', entityId: params.id, details: { fields: Object.keys(body) } });
      });
      return present(db, actor, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organizations/:id/archive',
    access: P['organizations.archive'],
    summary: 'Archive an organisation (it disappears from lists; history stays); archived=false restores it',
    params: idParams,
    body: z.object({ archived: z.boolean().default(true) }),
    response: organizationSchema,
    successStatus: 200,
    handler: async (ctx) => {
      const { db, actor, params, body, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.archive']);
      await command(async (tx, audit) => {
        await tx.update(organizations).set({ archivedAt: body.archived ? new Date() : null, updatedAt: new Date() }).where(eq(organizations.id, params.id));
        await audit({ action: body.archived ? 'organizations.archive' : 'organizations.restore', entityType: 'organization', entityId: params.id });
      });
      return present(db, actor, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organizations/:id/services',
    access: P['organizations.read'],
    summary: "An organisation's services",
    params: idParams,
    response: z.array(serviceSchema),
    handler: async ({ db, params }) => {
      await loadOrganization(db, params.id);
      return db
        .select()
        .from(services)
        .where(and(eq(services.organizationId, params.id), isNull(services.archivedAt)))
        .orderBy(asc(services.name))
        .then((rows) => rows.map(presentService));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organizations/:id/services',
    access: P['organizations.services.manage'],
    summary: 'Add a service to an organisation',
    params: idParams,
    body: serviceBody,
    response: serviceSchema,
    handler: async (ctx) => {
      const { params, body, command } = ctx;
      const org = await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      if (org.archivedAt) throw conflict('organization_archived');
      return command(async (tx, audit) => {
        const [row] = await tx.insert(services).values({ ...body, organizationId: params.id }).returning();
        await audit({ action: 'organizations.service.create', entityType: 'service', entityId: row!.id, details: { organizationId: params.id, name: body.name } });
        return presentService(row!);
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organizations/:id/help-desks',
    access: P['organizations.read'],
    summary: "An organisation's help desks",
    params: idParams,
    response: z.array(helpDeskSchema),
    handler: async ({ db, params }) => {
      await loadOrganization(db, params.id);
      const rows = await db.select().from(helpDesks).where(and(eq(helpDesks.organizationId, params.id), isNull(helpDesks.archivedAt))).orderBy(asc(helpDesks.name));
      return rows.map(presentHelpDesk);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organizations/:id/help-desks',
    access: P['organizations.services.manage'],
    summary: 'Add a help desk (sportello) to an organisation',
    params: idParams,
    body: helpDeskBody,
    response: helpDeskSchema,
    handler: async (ctx) => {
      const { db, params, body, locale, command } = ctx;
      const org = await loadAllowed(ctx, params.id, P['organizations.services.manage']);
      if (org.archivedAt) throw conflict('organization_archived');
      await checkReferences(db, body, locale);
      await checkServiceOfOrganization(db, params.id, body.serviceId, locale);
      return command(async (tx, audit) => {
        const [row] = await tx.insert(helpDesks).values({ ...body, organizationId: params.id }).returning();
        await audit({ action: 'organizations.help_desk.create', entityType: 'help_desk', entityId: row!.id, details: { organizationId: params.id, name: body.name } });
        return presentHelpDesk(row!);
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/organizations/:id/members',
    access: P['organizations.members.read'],
    summary: 'People working at an organisation, with their roles (personal data: audited)',
    params: idParams,
    query: listQuery,
    response: pageOf(memberSchema),
    handler: async (ctx) => {
      const { db, params, query, auditRead } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.members.read']);
      const result = await listMembers(db, params.id, query);
      await auditRead({ action: 'organizations.member.list', entityType: 'organization', entityId: params.id, details: { count: result.items.length } });
      return { ...result, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/organizations/:id/members',
    access: P['organizations.members.manage'],
    summary: 'Add a person with a role; a new email gets an account and a temporary password shown once',
    params: idParams,
    body: memberBody,
    response: addMemberResponse,
    handler: async (ctx) => {
      const { db, actor, params, body, command } = ctx;
      const org = await loadAllowed(ctx, params.id, P['organizations.members.manage']);
      if (org.archivedAt) throw conflict('organization_archived');
      const added = await command((tx, audit) => addMember(tx, audit, { organizationId: params.id, member: body, by: actor.userId }));
      const page = await listMembers(db, params.id, { page: 1, pageSize: 10_000 });
      const member = page.items.find((m) => m.id === added.staffId)!;
      return { ...member, temporaryPassword: added.temporaryPassword };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/organizations/:id/members/:memberId',
    access: P['organizations.members.manage'],
    summary: 'Remove a person from an organisation: ends the membership and revokes their roles there',
    params: z.object({ id: z.uuid(), memberId: z.uuid() }),
    handler: async (ctx) => {
      const { db, params, command } = ctx;
      await loadAllowed(ctx, params.id, P['organizations.members.manage']);
      const member = await findMember(db, params.id, params.memberId);
      if (!member) throw notFound();
      await command(async (tx, audit) => {
        await tx.update(staff).set({ validTo: new Date().toISOString().slice(0, 10) }).where(eq(staff.id, member.id));
        for (const g of (await grantsInScope(tx, 'organization', params.id)).filter((g) => g.userId === member.userId)) await removeGrant(tx, g.id);
        await audit({ action: 'organizations.member.remove', entityType: 'organization', entityId: params.id, personalData: true, details: { userId: member.userId } });
      });
      return undefined;
    },
  }),
];
