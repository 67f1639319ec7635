import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import type { Actor } from '../access/roles';
import type { Permission } from '../access/policy';
import type { AuditEntry } from '../audit/audit';
import type { Locale } from '../i18n/i18n';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: a permission, any signed-in user, or anyone. Nothing is implied. */
export type RouteAccess = Permission | 'authenticated' | 'public';

export type AuditInput = Omit<AuditEntry, 'actorId' | 'actorLabel' | 'ip'>;

export type RouteContext<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  /** Present on every route whose access is not 'public'. */
  actor: Actor;
  maybeActor: Actor | null;
  db: Db;
  config: Config;
  locale: Locale;
  ip: string;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Runs work in one transaction together with its audit entries. */
  command: <T>(work: (tx: Db, audit: (e: AuditInput) => Promise<void>) => Promise<T>) => Promise<T>;
  /** Records a read of personal data (outside any write). */
  auditRead: (e: AuditInput) => Promise<void>;
};

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteDef<PS extends Schema | undefined = Schema | undefined, QS extends Schema | undefined = Schema | undefined, BS extends Schema | undefined = Schema | undefined, RS extends Schema | undefined = Schema | undefined> = {
  method: HttpMethod;
  url: string;
  access: RouteAccess;
  summary: string;
  tags?: string[];
  params?: PS;
  query?: QS;
  body?: BS;
  response?: RS;
  /** Non-JSON bodies (CSV, GeoJSON files) arrive as a string and are parsed by the handler. */
  rawBody?: { contentTypes: string[]; maxBytes: number };
  /** Open to a user who still has to replace a temporary password (sign-out, own profile, password change). */
  allowedBeforePasswordChange?: boolean;
  /** Status of a successful reply; defaults to 201 for POST, 200 otherwise, 204 when nothing is returned. */
  successStatus?: number;
  /** The handler sends its own reply (files, redirects); its return value is ignored. */
  rawReply?: boolean;
  handler: (ctx: RouteContext<Out<PS>, Out<QS>, BS extends Schema ? Out<BS> : string | undefined>) => Promise<RS extends Schema ? z.input<RS> : unknown>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any, any>;

/** Identity function that lets TypeScript infer the route's schemas. */
export function defineRoute<PS extends Schema | undefined = undefined, QS extends Schema | undefined = undefined, BS extends Schema | undefined = undefined, RS extends Schema | undefined = undefined>(
  def: RouteDef<PS, QS, BS, RS>,
): RouteDef<PS, QS, BS, RS> {
  return def;
}

export function routeKey(r: { method: string; url: string }): string {
  return `${r.method} ${r.url}`;
}
