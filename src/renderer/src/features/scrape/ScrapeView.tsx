/**
 * The Scrape view (`#/scrape`): the organization's sources (add one in the side panel, start a scrape of one), the
 * progress widget of the latest scrape (or the one picked), and the live table of recently synced cases, which
 * follows `case:synced` and `case:created` and updates at most once per refetch window.
 */
import { useState } from 'react';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { WriteButton } from '../connection';
import { AddSourcePanel } from './AddSourcePanel';
import { RecentCasesTable } from './RecentCasesTable';
import { RecentControls } from './RecentControls';
import { ScrapeProgress } from './ScrapeProgress';
import { scrapesStore } from './scrapesStore';
import { SourcesList } from './SourcesList';
import './scrape.css';

export function ScrapeView() {
  const status = useStore(scrapesStore, (s) => s.status);
  const data = useStore(scrapesStore, (s) => s.data);
  const error = useStore(scrapesStore, (s) => s.error);
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const shown = data?.scrapes.find((s) => s.id === picked) ?? data?.scrapes[0];
  return (
    <div className="view scrape-view">
      <div className="view-toolbar">
        <h1 className="scrape-heading">Sources</h1>
        <WriteButton className="button button-primary" onClick={() => setAdding(true)} data-testid="add-source-open">
          Add source
        </WriteButton>
      </div>
      <div className="scrape-top">
        <ReplicaView
          state={{ status, data, error }}
          label="sources"
          testId="sources"
          isEmpty={(d) => d.sources.length === 0}
          empty="No sources yet — add a register's first page with Add source."
        >
          {(list) => <SourcesList sources={list.sources} scrapes={list.scrapes} onShow={setPicked} />}
        </ReplicaView>
        {shown && <ScrapeProgress scrape={shown} />}
      </div>
      <div className="view-toolbar scrape-recent-toolbar">
        <h2 className="scrape-heading">Recently synced</h2>
        <RecentControls />
      </div>
      <RecentCasesTable />
      {adding && <AddSourcePanel onClose={() => setAdding(false)} />}
    </div>
  );
}
