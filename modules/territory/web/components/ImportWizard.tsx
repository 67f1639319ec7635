import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch, ErrorState, LoadingState } from '../../../../platform/web';
import type { ImportReport } from '../api';
import { ImportReportView } from './ImportReportView';
import { readTextFile } from './readTextFile';

type Props = {
  id: string;
  title: string;
  help: string;
  endpoint: string;
  contentType: string;
  accept: string;
};

type Step = { kind: 'choose' } | { kind: 'checked'; text: string; report: ImportReport } | { kind: 'done'; report: ImportReport };

/** Upload → dry run with a report of bad rows → confirm → result. A file with bad rows is never imported. */
export function ImportWizard({ id, title, help, endpoint, contentType, accept }: Props) {
  const { t } = useTranslation('territory');
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  const send = (text: string, dryRun: boolean) => apiFetch<ImportReport>(endpoint, { method: 'POST', query: { dryRun: String(dryRun) }, body: text, contentType });

  const check = useMutation({
    mutationFn: async (f: File) => {
      const text = await readTextFile(f);
      return { text, report: await send(text, true) };
    },
    onSuccess: ({ text, report }) => setStep({ kind: 'checked', text, report }),
  });
  const run = useMutation({
    mutationFn: (text: string) => send(text, false),
    onSuccess: (report) => {
      setStep({ kind: 'done', report });
      void queryClient.invalidateQueries({ queryKey: ['territory'] });
    },
  });

  const restart = () => {
    setStep({ kind: 'choose' });
    setFile(null);
    check.reset();
    run.reset();
    if (fileRef.current) fileRef.current.value = '';
    fileRef.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) check.mutate(file);
  };

  const busy = check.isPending || run.isPending;
  const runError = run.error instanceof ApiError ? run.error : null;

  return (
    <section aria-labelledby={`${id}-title`} className="bg-white p-4 rounded shadow-sm mb-4">
      <h2 id={`${id}-title`} className="h4">
        {title}
      </h2>
      <p>{help}</p>
      <form onSubmit={submit} className="mb-3">
        <div className="mb-3">
          <label htmlFor={inputId} className="form-label fw-semibold d-block">
            {t('imports.file')}
          </label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept={accept}
            className="form-control"
            disabled={busy || step.kind !== 'choose'}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              check.reset();
            }}
          />
        </div>
        {step.kind === 'choose' && (
          <button type="submit" className="btn btn-primary" disabled={!file || busy}>
            {t('imports.check')}
          </button>
        )}
      </form>

      <div aria-live="polite">
        {check.isPending && <LoadingState label={t('imports.checking')} />}
        {run.isPending && <LoadingState label={t('imports.running')} />}
        {check.isError && <ErrorState error={check.error} />}

        {step.kind === 'checked' && (
          <div>
            <h3 className="h5">{t('imports.reportTitle')}</h3>
            <ImportReportView report={step.report} />
            {step.report.rejected > 0 ? (
              <div className="alert alert-warning">{t('imports.fixAndRetry')}</div>
            ) : (
              <div className="alert alert-info">{t('imports.readyToImport')}</div>
            )}
            {runError && (
              <>
                <ErrorState error={runError} />
                {runError.fields.length > 0 && (
                  <ul className="small">
                    {runError.fields.map((f, i) => (
                      <li key={i}>
                        {f.field}: {f.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            {run.isError && !runError && <ErrorState error={run.error} />}
            <div className="d-flex flex-wrap gap-2">
              {step.report.rejected === 0 && step.report.accepted > 0 && (
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => run.mutate(step.text)}>
                  {t('imports.confirm')}
                </button>
              )}
              <button type="button" className="btn btn-outline-primary" disabled={busy} onClick={restart}>
                {t('imports.another')}
              </button>
            </div>
          </div>
        )}

        {step.kind === 'done' && (
          <div>
            <div className="alert alert-success">{t('imports.done')}</div>
            <ImportReportView report={step.report} />
            <button type="button" className="btn btn-outline-primary" onClick={restart}>
              {t('imports.another')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
