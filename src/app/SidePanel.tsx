/** The side panel: one tab per task (layers, scoring, shortlist, data sources). */
import { useId, useState, type ReactNode } from 'react';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

export function SidePanel({ tabs }: { tabs: readonly PanelTab[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  const baseId = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    setActive(tab.id);
    document.getElementById(`${baseId}-tab-${tab.id}`)?.focus();
  };
  return (
    <aside className="side-panel" aria-label="Gridscout panels">
      <div role="tablist" aria-label="Panels" className="tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            role="tab"
            type="button"
            aria-selected={tab.id === current?.id}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') focusTab(index + 1);
              if (e.key === 'ArrowLeft') focusTab(index - 1);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <section
          role="tabpanel"
          id={`${baseId}-panel-${current.id}`}
          aria-labelledby={`${baseId}-tab-${current.id}`}
          className="tab-panel"
        >
          {current.content}
        </section>
      )}
    </aside>
  );
}
