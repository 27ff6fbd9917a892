/**
 * The tabs that show one feature's panel with another feature's controls in it. Features never import each
 * other's panels: App composes them here. The comparison, the report and the export buttons are split into
 * their own chunks and load the first time they are shown.
 */
import { lazy, Suspense } from 'react';
import { ScoringPanel } from '../features/scoring/ScoringPanel.tsx';
import type { BestSitePlace } from '../features/scoring/BestSites.tsx';
import { ShortlistPanel } from '../features/shortlist/ShortlistPanel.tsx';
import { AddToShortlistButton } from '../features/shortlist/AddToShortlistButton.tsx';
import { ImportPanel } from '../features/import/ImportPanel.tsx';
import { ShareLinkButton } from '../features/share/ShareLinkButton.tsx';

const CompareDialog = lazy(() =>
  import('../features/compare/CompareDialog.tsx').then((m) => ({ default: m.CompareDialog })),
);
const ReportView = lazy(() =>
  import('../features/report/ReportView.tsx').then((m) => ({ default: m.ReportView })),
);
const ExportButtons = lazy(() =>
  import('../features/export/ExportButtons.tsx').then((m) => ({ default: m.ExportButtons })),
);

const addBestSite = (site: BestSitePlace) => (
  <AddToShortlistButton name={site.name} lon={site.lon} lat={site.lat} origin="best-site" />
);

export function ScoringTab() {
  return <ScoringPanel siteAction={addBestSite} />;
}

export function ShortlistTab() {
  return (
    <ShortlistPanel
      header={<ImportPanel />}
      renderExports={(entries, scores) => (
        <Suspense fallback={null}>
          <ExportButtons entries={entries} scores={scores} />
        </Suspense>
      )}
      renderCompare={(sites, onClose) => (
        <Suspense fallback={<p className="small muted">Loading the comparison…</p>}>
          <CompareDialog sites={sites} onClose={onClose} />
        </Suspense>
      )}
      renderReport={(entries, scores, onClose) => (
        <Suspense fallback={<p className="small muted">Loading the report…</p>}>
          <ReportView entries={entries} scores={scores} onClose={onClose} />
        </Suspense>
      )}
      footer={<ShareLinkButton />}
    />
  );
}
