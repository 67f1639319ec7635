type OpenApi = { info: { title: string; version: string }; paths: Record<string, Record<string, { summary?: string; 'x-permission'?: string }>> };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A readable index of the API that needs no third-party viewer; the JSON is the contract. */
export function renderApiDocs(spec: OpenApi): string {
  const rows = Object.entries(spec.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) =>
          `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? '')}</td><td><code>${escapeHtml(op['x-permission'] ?? '')}</code></td></tr>`,
      ),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(spec.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}code{font-size:.9rem}</style></head>
<body><main><h1>${escapeHtml(spec.info.title)} <small>${escapeHtml(spec.info.version)}</small></h1>
<p>OpenAPI 3.1: <a href="/api/docs/openapi.json">/api/docs/openapi.json</a>. Authentication: the <code>crocevia_session</code> cookie set by <code>POST /api/auth/login</code>.</p>
<table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Summary</th><th scope="col">Permission</th></tr></thead><tbody>
${rows}
</tbody></table></main></body></html>`;
}
