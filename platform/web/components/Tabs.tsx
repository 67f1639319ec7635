import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem = { key: string; label: string; content: ReactNode };

type TabsProps = { items: TabItem[]; active: string; onChange: (key: string) => void; label: string };

/** WAI-ARIA tabs: arrow keys move between tabs, only the active tab is in the Tab order. */
export function Tabs({ items, active, onChange, label }: TabsProps) {
  const baseId = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, items.findIndex((i) => i.key === active));
  const current = items[index];

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = (target + items.length) % items.length;
    onChange(items[next]!.key);
    refs.current[next]?.focus();
  };

  return (
    <div>
      <ul className="nav nav-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {items.map((item, i) => (
          <li key={item.key} className="nav-item" role="presentation">
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.key}`}
              aria-controls={`${baseId}-panel-${item.key}`}
              aria-selected={item.key === current?.key}
              tabIndex={item.key === current?.key ? 0 : -1}
              className={`nav-link${item.key === current?.key ? ' active' : ''}`}
              onClick={() => onChange(item.key)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <div className="pt-4" role="tabpanel" id={`${baseId}-panel-${current.key}`} aria-labelledby={`${baseId}-tab-${current.key}`} tabIndex={0}>
          {current.content}
        </div>
      )}
    </div>
  );
}
