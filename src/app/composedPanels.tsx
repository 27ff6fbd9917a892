/**
 * The tabs that show one feature's panel with another feature's controls in it. Features never import each
 * other's panels: App composes them here. The comparison, the report and the export buttons are split into
 * chunks of their own, loaded when the Shortlist tab first opens rather than with the page; so is the Score tab's
 * "Your prices" panel (its store loads with the page: scoring and share links need it).
 */
import type { ReactNode } from 'react';
import { ScoringPanel } from '../features/scoring/ScoringPanel.tsx';
import type { BestSitePlace } from '../features/scoring/BestSites.tsx';
import { ShortlistPanel } from '../features/shortlist/ShortlistPanel.tsx';
import { AddToShortlistButton } from '../features/shortlist/AddToShortlistButton.tsx';
import { ImportPanel } from '../features/import/ImportPanel.tsx';
import { ShareLinkButton } from '../features/share/ShareLinkButton.tsx';
import { useChunk, type Chunk } from '../shared/useChunk.ts';

const loadCompare = () => import('../features/compare/CompareDialog.tsx').then((m) => m.CompareDialog);
const loadReport = () => import('../features/report/ReportView.tsx').then((m) => m.ReportView);
const loadExports = () => import('../features/export/ExportButtons.tsx').then((m) => m.ExportButtons);
const loadPrices = () => import('../features/prices/PricesPanel.tsx').then((m) => m.PricesPanel);

const addBestSite = (site: BestSitePlace) => (
  <AddToShortlistButton name={site.name} lon={site.lon} lat={site.lat} origin="best-site" />
);

export function ScoringTab() {
  const prices = useChunk(loadPrices);
  return (
    <>
      <ScoringPanel siteAction={addBestSite} />
      {withChunk(prices, 'your prices', (PricesPanel) => (
        <PricesPanel />
      ))}
    </>
  );
}

/** The chunk's component rendered by `render`, or a line saying it is loading or could not be loaded. */
function withChunk<T>(chunk: Chunk<T>, what: string, render: (value: T) => ReactNode): ReactNode {
  if (chunk.status === 'ready') return render(chunk.value);
  return (
    <p role={chunk.status === 'failed' ? 'alert' : undefined} className="small muted">
      {chunk.status === 'loading'
        ? `Loading ${what}…`
        : `${what[0].toUpperCase()}${what.slice(1)} could not be loaded (offline?). Reload the page to try again.`}
    </p>
  );
}

export function ShortlistTab() {
  const compare = useChunk(loadCompare);
  const report = useChunk(loadReport);
  const exports = useChunk(loadExports);
  return (
    <ShortlistPanel
      header={<ImportPanel />}
      renderExports={(entries, scores) =>
        withChunk(exports, 'the export buttons', (ExportButtons) => (
          <ExportButtons entries={entries} scores={scores} />
        ))
      }
      renderCompare={(sites, onClose) =>
        withChunk(compare, 'the comparison', (CompareDialog) => (
          <CompareDialog sites={sites} onClose={onClose} />
        ))
      }
      renderReport={(entries, scores, onClose) =>
        withChunk(report, 'the report', (ReportView) => (
          <ReportView entries={entries} scores={scores} onClose={onClose} />
        ))
      }
      footer={<ShareLinkButton />}
    />
  );
}
