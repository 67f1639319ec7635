import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Client-side messages for the contract's zod issues, so a form says in plain words what the
 * server would say. Keys set in the contract ('validation.tax_id') are translated here too.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: TFunction, value?: unknown): string {
  // An empty field is "required", whatever rule (min length, format, enum) it failed first.
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return t('common:validation.required');
  if (issue.message.startsWith('validation.')) return t(`common:${issue.message}`);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('common:validation.required') : t('common:validation.min_length', { min: issue.minimum });
      return t('common:validation.invalid');
    case 'too_big':
      if (issue.origin === 'string') return t('common:validation.max_length', { max: issue.maximum });
      return t('common:validation.invalid');
    case 'invalid_format':
      if (issue.format === 'email') return t('common:validation.email');
      if (issue.format === 'url') return t('common:validation.url');
      if (issue.format === 'date') return t('common:validation.date');
      return t('common:validation.invalid');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('common:validation.required') : t('common:validation.invalid');
    case 'invalid_value':
      return t('common:validation.choose');
    default:
      return t('common:validation.invalid');
  }
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = body;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Field name → first message, for a schema's failed parse of `body`. */
export function fieldErrorsOf(error: z.ZodError, t: TFunction, body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (field && !(field in out)) out[field] = issueMessage(issue, t, valueAt(body, issue.path));
  }
  return out;
}
