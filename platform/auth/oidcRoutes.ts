import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config/config';
import { AppError } from '../errors/appError';
import { defineRoute } from '../http/route';
import { setSessionCookie } from './cookies';
import { beginOidcLogin, finishOidcLogin, OIDC_COOKIE, OIDC_COOKIE_PATH, OIDC_STATE_TTL_MS } from './oidc';

// Malformed values (a repeated parameter arrives as an array) become "missing": the callback must redirect, never answer 400.
const text = z.string().max(4000).optional().catch(undefined);
const loginQuery = z.object({ returnTo: text });
const callbackQuery = z.object({ code: text, state: text, iss: text, error: text, error_description: text });

const cookieOptions = (config: Config) => ({ httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure, path: OIDC_COOKIE_PATH });
const toLogin = (reply: FastifyReply, code: string) => reply.redirect(`/login?error=${encodeURIComponent(code)}`, 302);

export const oidcRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/login',
    access: 'public',
    summary: 'Start sign-in with the OpenID Connect provider (SPID / CIE proxy): redirects to it',
    query: loginQuery,
    rawReply: true,
    handler: async ({ db, config, query, request, reply }) => {
      if (!config.oidc) throw new AppError(404, 'oidc_not_configured', 'errors.oidc_not_configured');
      let started: { url: string; state: string };
      try {
        started = await beginOidcLogin(db, config, query.returnTo);
      } catch (err) {
        // The provider is down or misconfigured: the person gets a message on the sign-in page, the operator a log line.
        request.log.error({ err }, 'OpenID Connect discovery failed');
        return toLogin(reply, 'oidc_failed');
      }
      void reply.setCookie(OIDC_COOKIE, started.state, { ...cookieOptions(config), maxAge: OIDC_STATE_TTL_MS / 1000 });
      return reply.redirect(started.url, 302);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/callback',
    access: 'public',
    summary: 'Return from the OpenID Connect provider: signs the matching user in and redirects',
    query: callbackQuery,
    rawReply: true,
    handler: async ({ db, config, query, ip, request, reply }) => {
      if (!config.oidc) return toLogin(reply, 'oidc_not_configured');
      void reply.clearCookie(OIDC_COOKIE, cookieOptions(config));
      const at = request.url.indexOf('?');
      try {
        const outcome = await finishOidcLogin(db, config, {
          state: query.state,
          error: query.error,
          search: at >= 0 ? request.url.slice(at) : '',
          cookieState: request.cookies[OIDC_COOKIE],
          ip,
          userAgent: request.headers['user-agent'] ?? null,
          log: request.log,
        });
        if (!outcome.ok) return toLogin(reply, outcome.code);
        setSessionCookie(reply, config, outcome.token, outcome.expiresAt);
        return reply.redirect(outcome.returnTo, 302);
      } catch (err) {
        request.log.error({ err }, 'OpenID Connect callback failed');
        return toLogin(reply, 'oidc_failed');
      }
    },
  }),
];
