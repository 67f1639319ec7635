import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { userSchema } from '../../../../../platform/auth/contract';
import { apiFetch, type Page } from '../../../../../platform/web';

export type User = z.infer<typeof userSchema>;
export type Grant = User['grants'][number];

export type UsersFilters = { q: string; status: string; page: number };

export const usersListQuery = (f: UsersFilters) =>
  queryOptions({
    queryKey: ['users', 'list', f],
    queryFn: ({ signal }) => apiFetch<Page<User>>('/api/users', { query: { q: f.q, status: f.status, page: f.page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['users', 'detail', id],
    queryFn: ({ signal }) => apiFetch<User>(`/api/users/${id}`, { signal }),
  });
