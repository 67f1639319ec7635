import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { authInfoResponse } from '../../../../platform/auth/contract';
import { apiFetch, type Me } from '../../../../platform/web';

export type AuthInfo = z.infer<typeof authInfoResponse>;

export const meQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: ({ signal }) => apiFetch<Me>('/api/auth/me', { signal }),
  staleTime: 60_000,
  retry: false,
});

export const authInfoQuery = queryOptions({
  queryKey: ['auth', 'info'],
  queryFn: ({ signal }) => apiFetch<AuthInfo>('/api/auth/info', { signal }),
  staleTime: 60_000,
});
