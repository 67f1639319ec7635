import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../../platform/http/route';
import { can } from '../../../platform/access/policy';
import { conflict, notFound } from '../../../platform/errors/appError';
import { pageOf } from '../../../platform/db/paging';
import {
  memberBody,
  memberSchema,
  memberUpdateBody,
  networkBody,
  networkDetailSchema,
  networkOrganizationsBody,
  networkSchema,
  networksQuery,
  networkUpdateBody,
  roundtableBody,
  roundtableDetailSchema,
  roundtableSchema,
  roundtablesQuery,
  roundtableUpdateBody,
} from '../contract';
import { governancePermissions as P, networkScope, roundtableScope } from './access';
import { networkOrganizations, networks, roundtableMembers, roundtables } from './schema';
import {
  checkMember,
  checkNetwork,
  checkRoundtable,
  invalidField,
  loadAllowedNetwork,
  loadAllowedRoundtable,
  loadNetwork,
  loadRoundtable,
  missingOrganizations,
  networkDistrictOf,
} from './guards';
import { loadTableFor } from './tableGuards';
import { listNetworks, listRoundtables, presentMembers, presentNetworkDetail, presentRoundtableDetail } from './presenters';

const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), memberId: z.uuid() });
const today = () => new Date().toISOString().slice(0, 10);

export const governanceRoutes = [
  // ---- networks ----
  defineRoute({
    method: 'GET',
    url: '/api/governance/networks',
    access: P['governance.read'],
    summary: 'Networks of organisations, searchable',
    query: networksQuery,
    response: pageOf(networkSchema),
    handler: async ({ db, actor, query }) => listNetworks(db, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/networks',
    access: P['governance.manage'],
    summary: 'Create a network (coordinators: in their own district; regional networks: platform admin)',
    body: networkBody,
    response: networkDetailSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      const state = { districtId: body.districtId ?? null, regionCode: body.regionCode ?? null };
      if (!can(actor, P['governance.manage'], networkScope(state))) throw invalidField('districtId', 'not_your_district', locale);
      await checkNetwork(db, state, locale);
      const id = await command(async (tx, audit) => {
        const [row] = await tx.insert(networks).values({ ...body, ...state }).returning({ id: networks.id });
        await audit({ action: 'governance.network.create', entityType: 'network', entityId: row!.id, details: { name: body.name } });
        return row!.id;
      });
      return presentNetworkDetail(db, actor, await loadNetwork(db, id));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/networks/:id',
    access: P['governance.read'],
    summary: 'One network with its organisations',
    params: idParams,
    response: networkDetailSchema,
    handler: async ({ db, actor, params }) => presentNetworkDetail(db, actor, await loadNetwork(db, params.id)),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/networks/:id',
    access: P['governance.manage'],
    summary: "Edit a network's details",
    params: idParams,
    body: networkUpdateBody,
    response: networkDetailSchema,
    handler: async (ctx) => {
      const { db, actor, params, body, locale, command } = ctx;
      const row = await loadAllowedNetwork(ctx, params.id, P['governance.manage']);
      const state = { districtId: body.districtId !== undefined ? body.districtId : row.districtId, regionCode: body.regionCode !== undefined ? body.regionCode : row.regionCode };
      if (state.districtId !== row.districtId && !can(actor, P['governance.manage'], networkScope(state))) throw invalidField('districtId', 'not_your_district', locale);
      await checkNetwork(db, state, locale);
      await command(async (tx, audit) => {
        await tx.update(networks).set({ ...body, updatedAt: new Date() }).where(eq(networks.id, params.id));
        await audit({ action: 'governance.network.update', entityType: 'network', entityId: params.id, details: { fields: Object.keys(body) } });
      });
      return presentNetworkDetail(db, actor, await loadNetwork(db, params.id));
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/governance/networks/:id/organizations',
    access: P['governance.manage'],
    summary: "Replace a network's organisations (joining dates kept unless given)",
    params: idParams,
    body: networkOrganizationsBody,
    response: networkDetailSchema,
    handler: async (ctx) => {
      const { db, actor, params, body, locale, command } = ctx;
      await loadAllowedNetwork(ctx, params.id, P['governance.manage']);
      const wanted = body.organizations.map((o) => o.organizationId);
      if (new Set(wanted).size !== wanted.length) throw invalidField('organizations', 'governance_duplicate_organization', locale);
      if ((await missingOrganizations(db, wanted)).length) throw invalidField('organizations', 'organization_unknown', locale);
      const current = await db.select().from(networkOrganizations).where(eq(networkOrganizations.networkId, params.id));
      const joined = Object.fromEntries(current.map((c) => [c.organizationId, c.joinedOn]));
      await command(async (tx, audit) => {
        await tx.delete(networkOrganizations).where(eq(networkOrganizations.networkId, params.id));
        if (body.organizations.length) {
          await tx
            .insert(networkOrganizations)
            .values(body.organizations.map((o) => ({ networkId: params.id, organizationId: o.organizationId, joinedOn: o.joinedOn ?? joined[o.organizationId] ?? today() })));
        }
        await audit({
          action: 'governance.network.organizations',
          entityType: 'network',
          entityId: params.id,
          details: { added: wanted.filter((id) => !(id in joined)), removed: current.map((c) => c.organizationId).filter((id) => !wanted.includes(id)) },
        });
      });
      return presentNetworkDetail(db, actor, await loadNetwork(db, params.id));
    },
  }),

  // ---- round tables ----
  defineRoute({
    method: 'GET',
    url: '/api/governance/roundtables',
    access: P['governance.read'],
    summary: 'Round tables, filterable by network, district and kind',
    query: roundtablesQuery,
    response: pageOf(roundtableSchema),
    handler: async ({ db, actor, query }) => listRoundtables(db, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/roundtables',
    access: P['governance.manage'],
    summary: 'Create a round table or a sub-group of one',
    body: roundtableBody,
    response: roundtableDetailSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      const state = {
        ...body,
        mandate: body.mandate ?? null,
        networkId: body.networkId ?? null,
        parentId: body.parentId ?? null,
        districtId: body.districtId ?? null,
        quorumFixed: body.quorumFixed ?? null,
      };
      await checkRoundtable(db, state, locale);
      if (!can(actor, P['governance.manage'], roundtableScope(state, await networkDistrictOf(db, state.networkId)))) {
        throw invalidField('coordinatingOrganizationId', 'governance_not_your_scope', locale);
      }
      const id = await command(async (tx, audit) => {
        const [row] = await tx.insert(roundtables).values(state).returning({ id: roundtables.id });
        await audit({ action: 'governance.roundtable.create', entityType: 'roundtable', entityId: row!.id, details: { name: body.name, kind: body.kind } });
        return row!.id;
      });
      return presentRoundtableDetail(db, actor, await loadRoundtable(db, id));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/roundtables/:id',
    access: P['governance.read'],
    summary: 'One round table with its members and sub-groups',
    params: idParams,
    response: roundtableDetailSchema,
    handler: async ({ db, actor, params }) => presentRoundtableDetail(db, actor, (await loadTableFor(db, actor, params.id)).table),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/roundtables/:id',
    access: P['governance.manage'],
    summary: "Edit a round table; archived=true archives it, false restores it",
    params: idParams,
    body: roundtableUpdateBody,
    response: roundtableDetailSchema,
    handler: async (ctx) => {
      const { db, actor, params, body, locale, command } = ctx;
      const row = await loadAllowedRoundtable(ctx, params.id, P['governance.manage']);
      const { archived, ...fields } = body;
      const pick = <K extends keyof typeof fields & keyof typeof row>(k: K) => (fields[k] !== undefined ? fields[k] : row[k]);
      const state = {
        id: row.id,
        networkId: pick('networkId') ?? null,
        parentId: pick('parentId') ?? null,
        districtId: pick('districtId') ?? null,
        coordinatingOrganizationId: fields.coordinatingOrganizationId ?? row.coordinatingOrganizationId,
        quorumRule: fields.quorumRule ?? row.quorumRule,
        quorumFixed: pick('quorumFixed') ?? null,
      };
      await checkRoundtable(db, state, locale);
      const moved = state.networkId !== row.networkId || state.districtId !== row.districtId || state.coordinatingOrganizationId !== row.coordinatingOrganizationId;
      if (moved && !can(actor, P['governance.manage'], roundtableScope(state, await networkDistrictOf(db, state.networkId)))) {
        throw invalidField('coordinatingOrganizationId', 'governance_not_your_scope', locale);
      }
      await command(async (tx, audit) => {
        await tx
          .update(roundtables)
          .set({ ...fields, ...(archived !== undefined ? { archivedAt: archived ? (row.archivedAt ?? new Date()) : null } : {}), updatedAt: new Date() })
          .where(eq(roundtables.id, params.id));
        await audit({ action: 'governance.roundtable.update', entityType: 'roundtable', entityId: params.id, details: { fields: Object.keys(body) } });
      });
      return presentRoundtableDetail(db, actor, await loadRoundtable(db, params.id));
    },
  }),

  // ---- members ----
  defineRoute({
    method: 'POST',
    url: '/api/governance/roundtables/:id/members',
    access: P['governance.manage'],
    summary: 'Seat an organisation (with delegate and substitute) or an individual expert at a round table',
    params: idParams,
    body: memberBody,
    response: memberSchema,
    handler: async (ctx) => {
      const { db, params, body, locale, command } = ctx;
      const table = await loadAllowedRoundtable(ctx, params.id, P['governance.manage']);
      if (table.archivedAt) throw conflict('governance_roundtable_archived');
      const state = {
        organizationId: body.organizationId ?? null,
        delegateUserId: body.delegateUserId ?? null,
        substituteUserId: body.substituteUserId ?? null,
        expertName: body.expertName ?? null,
        role: body.role,
        mandateFrom: body.mandateFrom,
        mandateTo: body.mandateTo ?? null,
      };
      await checkMember(db, state, locale);
      const row = await command(async (tx, audit) => {
        const [r] = await tx.insert(roundtableMembers).values({ ...state, roundtableId: params.id }).returning();
        await audit({ action: 'governance.member.add', entityType: 'roundtable', entityId: params.id, details: { memberId: r!.id, organizationId: state.organizationId, role: state.role } });
        return r!;
      });
      return (await presentMembers(db, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/roundtables/:id/members/:memberId',
    access: P['governance.manage'],
    summary: "Change a member's role, delegates or mandate",
    params: memberParams,
    body: memberUpdateBody,
    response: memberSchema,
    handler: async (ctx) => {
      const { db, params, body, locale, command } = ctx;
      await loadAllowedRoundtable(ctx, params.id, P['governance.manage']);
      const [member] = await db.select().from(roundtableMembers).where(and(eq(roundtableMembers.id, params.memberId), eq(roundtableMembers.roundtableId, params.id)));
      if (!member) throw notFound();
      const pick = <K extends keyof typeof body & keyof typeof member>(k: K) => (body[k] !== undefined ? body[k] : member[k]);
      const state = {
        organizationId: pick('organizationId') ?? null,
        delegateUserId: pick('delegateUserId') ?? null,
        substituteUserId: pick('substituteUserId') ?? null,
        expertName: pick('expertName') ?? null,
        role: body.role ?? member.role,
        mandateFrom: body.mandateFrom ?? member.mandateFrom,
        mandateTo: pick('mandateTo') ?? null,
      };
      await checkMember(db, state, locale);
      const row = await command(async (tx, audit) => {
        const [r] = await tx.update(roundtableMembers).set(state).where(eq(roundtableMembers.id, member.id)).returning();
        await audit({ action: 'governance.member.update', entityType: 'roundtable', entityId: params.id, details: { memberId: member.id, fields: Object.keys(body) } });
        return r!;
      });
      return (await presentMembers(db, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/roundtables/:id/members/:memberId',
    access: P['governance.manage'],
    summary: 'Remove a member from a round table',
    params: memberParams,
    handler: async (ctx) => {
      const { db, params, command } = ctx;
      await loadAllowedRoundtable(ctx, params.id, P['governance.manage']);
      const [member] = await db.select({ id: roundtableMembers.id }).from(roundtableMembers).where(and(eq(roundtableMembers.id, params.memberId), eq(roundtableMembers.roundtableId, params.id)));
      if (!member) throw notFound();
      await command(async (tx, audit) => {
        await tx.delete(roundtableMembers).where(eq(roundtableMembers.id, member.id));
        await audit({ action: 'governance.member.remove', entityType: 'roundtable', entityId: params.id, details: { memberId: member.id } });
      });
      return undefined;
    },
  }),
];
