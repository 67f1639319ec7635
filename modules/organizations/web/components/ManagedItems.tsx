import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiFetch, ConfirmDialog, EmptyState, ErrorState, FormErrorSummary, LoadingState, useForm, type FormValues } from '../../../../platform/web';
import type { Organization } from '../api';

export type ItemFormApi<V extends FormValues> = ReturnType<typeof useForm<V>>;

type Item = { id: string; name: string };

/**
 * What differs between an organisation's services and its help desks: the rest (list, add form,
 * inline edit, removal after a confirmation) is shared.
 */
export type ManagedItemsProps<T extends Item, V extends FormValues> = {
  org: Organization;
  /** Translation prefix of the texts (`services.add`, `helpDesks.removeText`…). */
  prefix: 'services' | 'helpDesks';
  /** Path under /api/organizations/:id/. */
  path: 'services' | 'help-desks';
  query: UseQueryResult<T[]>;
  /** The contract's body schema, also the client-side check. */
  schema: z.ZodType<Record<string, unknown>>;
  empty: V;
  labels: Record<keyof V & string, string>;
  toValues: (item: T) => V;
  /** From the inputs' strings to what the schema checks (e.g. an empty choice becomes null). */
  toBody: (values: V) => Record<string, unknown>;
  fields: (form: ItemFormApi<V>) => ReactNode;
  details: (item: T) => ReactNode;
};

type EditorProps<T extends Item, V extends FormValues> = Pick<ManagedItemsProps<T, V>, 'org' | 'prefix' | 'path' | 'schema' | 'labels' | 'toBody' | 'fields'> & {
  initial: V;
  /** The item being edited; absent when adding. */
  item?: T;
  onDone: (message: string) => void;
  onCancel?: () => void;
};

function ItemEditor<T extends Item, V extends FormValues>({ org, prefix, path, schema, labels, toBody, fields, initial, item, onDone, onCancel }: EditorProps<T, V>) {
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm(initial);
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<T>(item ? `/api/organizations/${org.id}/${path}/${item.id}` : `/api/organizations/${org.id}/${path}`, { method: item ? 'PATCH' : 'POST', body }),
    onSuccess: async () => {
      if (!item) form.reset(initial);
      await queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
      onDone(item ? t(`${prefix}.updated`) : t(`${prefix}.added`));
    },
    onError: form.showError,
  });

  // An edit form opens in place of the record: the first field takes focus.
  useEffect(() => {
    if (item) formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [item]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(schema, toBody(form.values));
    if (!body) return;
    if (!item) {
      save.mutate(body);
      return;
    }
    // Only what changed is sent; nothing changed, nothing to send (the API refuses an empty edit).
    const changed = Object.keys(initial).filter((k) => form.values[k] !== initial[k]);
    if (changed.length === 0) onCancel?.();
    else save.mutate(Object.fromEntries(changed.map((k) => [k, body[k] ?? null])));
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="border rounded p-3 pt-4 mt-3" aria-labelledby={titleId}>
      {item ? (
        <h4 id={titleId} className="h6">
          {t(`${prefix}.editTitle`, { name: item.name })}
        </h4>
      ) : (
        <h3 id={titleId} className="h5">
          {t(`${prefix}.add`)}
        </h3>
      )}
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      {fields(form)}
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : item ? t('common:actions.save') : t(`${prefix}.addSubmit`)}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel} disabled={save.isPending}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

type RowProps<T extends Item, V extends FormValues> = ManagedItemsProps<T, V> & {
  item: T;
  canManage: boolean;
  onMessage: (message: string | null) => void;
  onRemove: (item: T) => void;
};

function ItemRow<T extends Item, V extends FormValues>(props: RowProps<T, V>) {
  const { item, canManage, details, toValues, onMessage, onRemove } = props;
  const { t } = useTranslation('organizations');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the edit form gives focus back to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className="border-bottom py-2">
      <h3 className="h6 mb-1">{item.name}</h3>
      {editing ? (
        <ItemEditor
          {...props}
          initial={toValues(item)}
          item={item}
          onDone={(message) => {
            setEditing(false);
            onMessage(message);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {details(item)}
          {canManage && (
            <div className="d-flex flex-wrap gap-2 mt-2">
              <button
                ref={editButton}
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() => {
                  onMessage(null);
                  setEditing(true);
                }}
              >
                {t('common:actions.edit')}
                <span className="visually-hidden"> {item.name}</span>
              </button>
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => onRemove(item)}>
                {t('common:actions.remove')}
                <span className="visually-hidden"> {item.name}</span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** An organisation's services or help desks: the list, and for whoever may manage them add, edit and remove. */
export function ManagedItems<T extends Item, V extends FormValues>(props: ManagedItemsProps<T, V>) {
  const { org, prefix, path, query, empty } = props;
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const canManage = org.abilities.manageServices && !org.archived;

  const remove = useMutation({
    mutationFn: (item: T) => apiFetch(`/api/organizations/${org.id}/${path}/${item.id}`, { method: 'DELETE' }),
    onSuccess: async (_r, item) => {
      await queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
      setRemoving(null);
      setMessage(t(`${prefix}.removed`, { name: item.name }));
      // The removed record's button is gone: focus goes to the top of the list.
      setTimeout(() => headingRef.current?.focus(), 0);
    },
  });

  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="visually-hidden">
        {t(prefix === 'services' ? 'tabs.services' : 'tabs.helpDesks')}
      </h2>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && <EmptyState message={t(`${prefix}.empty`)} />}
      {query.data && query.data.length > 0 && (
        <ul className="list-unstyled">
          {query.data.map((item) => (
            <ItemRow
              key={item.id}
              {...props}
              item={item}
              canManage={canManage}
              onMessage={setMessage}
              onRemove={(i) => {
                remove.reset();
                setMessage(null);
                setRemoving(i);
              }}
            />
          ))}
        </ul>
      )}
      <div role="status">{message && <div className="alert alert-success mt-2">{message}</div>}</div>
      {canManage && <ItemEditor {...props} initial={empty} onDone={setMessage} />}
      {removing && (
        <ConfirmDialog
          isOpen
          danger
          title={t(`${prefix}.removeTitle`)}
          confirmLabel={t('common:actions.remove')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{t(`${prefix}.removeText`, { name: removing.name, org: org.name })}</p>
          {remove.isError && <ErrorState error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
