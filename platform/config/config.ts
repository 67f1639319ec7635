import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  DEMO_DATA: booleanFlag.optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: booleanFlag.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(10_000).default(30),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_LABEL: z.string().default('SPID / CIE'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  DISCLOSURE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  REFERRAL_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  PERMIT_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  EMERGENCY_ACCESS_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(10),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Crocevia <noreply@crocevia.localhost>'),
  ACTION_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  JOBS: booleanFlag.optional(),
});

// Development and tests encrypt with a fixed, public key so demo data survives restarts; production must bring its own.
const DEVELOPMENT_ENCRYPTION_KEY = 'Y3JvY2V2aWEtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWM=';

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoData: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  login: { maxFailures: number; lockMinutes: number; rateLimitPerIp: number };
  trustProxy: boolean;
  logLevel: string;
  oidc:
    | { issuer: string; clientId: string; clientSecret: string | undefined; redirectUrl: string; scopes: string; label: string }
    | undefined;
  /** Key of the encryption at rest of restricted case notes (AES-256-GCM). */
  encryptionKey: Buffer;
  /** Counts about people below this are suppressed wherever aggregates leave the server. */
  disclosureThreshold: number;
  casework: { referralReminderDays: number; permitReminderDays: number; emergencyAccessHours: number; retentionYears: number };
  /** Outgoing e-mail; without an SMTP server invitations are recorded as not sent, with the reason. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Overdue action items are reminded to their owners again after this many days. */
  governance: { actionReminderDays: number };
  /** Background jobs (reminders); off in tests, which run each job directly. */
  jobs: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once, at boot; nothing else reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const oidcKeys = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID];
  if (oidcKeys.some(Boolean) && !oidcKeys.every(Boolean)) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER and OIDC_CLIENT_ID must be set together');
  }
  if (e.NODE_ENV === 'production' && !e.ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration:\n  ENCRYPTION_KEY is required in production (openssl rand -base64 32)');
  }
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, rateLimitPerIp: e.LOGIN_RATE_LIMIT_PER_IP },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUrl: e.OIDC_REDIRECT_URL ?? `${publicUrl}/api/auth/oidc/callback`,
            scopes: e.OIDC_SCOPES,
            label: e.OIDC_LABEL,
          }
        : undefined,
    encryptionKey: Buffer.from(e.ENCRYPTION_KEY ?? DEVELOPMENT_ENCRYPTION_KEY, 'base64'),
    disclosureThreshold: e.DISCLOSURE_THRESHOLD,
    casework: {
      referralReminderDays: e.REFERRAL_REMINDER_DAYS,
      permitReminderDays: e.PERMIT_REMINDER_DAYS,
      emergencyAccessHours: e.EMERGENCY_ACCESS_HOURS,
      retentionYears: e.RETENTION_YEARS,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    governance: { actionReminderDays: e.ACTION_REMINDER_DAYS },
    jobs: e.JOBS ?? e.NODE_ENV !== 'test',
  };
  return { ...config, ...overrides };
}
