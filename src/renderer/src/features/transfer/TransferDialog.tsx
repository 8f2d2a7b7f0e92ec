import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { QuireClient } from '@shared/api';
import { Modal } from '../../components/Modal';
import type { Place } from '../library/place';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './transfer.css';

export type TransferTab = 'import' | 'export';

const TABS: { tab: TransferTab; label: string }[] = [
  { tab: 'import', label: 'Import' },
  { tab: 'export', label: 'Export' },
];

interface TransferDialogProps {
  client: QuireClient;
  /** The library view an export of "this view" takes. */
  place: Place;
  search: string;
  onImported(): void;
  onClose(): void;
}

/** Reading lists in and out: another service's export imported, or this library exported. */
export function TransferDialog({ client, place, search, onImported, onClose }: TransferDialogProps) {
  const [tab, setTab] = useState<TransferTab>('import');
  const tabRefs = useRef(new Map<TransferTab, HTMLButtonElement>());
  const id = useId();

  // Arrow keys move between the tabs, as in any tab list.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'import' ? 'export' : 'import';
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <Modal label="Import / Export" onClose={onClose} className="transfer-dialog">
      <h2 className="modal-title">Import / Export</h2>
      <div role="tablist" aria-label="Import or export" className="tabs" onKeyDown={onTabKeyDown}>
        {TABS.map(({ tab: t, label }) => (
          <button
            key={t}
            ref={(el) => {
              if (el) tabRefs.current.set(t, el);
            }}
            type="button"
            role="tab"
            id={`${id}-${t}-tab`}
            className="tab"
            aria-selected={tab === t}
            aria-controls={`${id}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}-tab`}
        className="tab-panel"
      >
        {tab === 'import' ? (
          <ImportPanel client={client} onImported={onImported} onClose={onClose} />
        ) : (
          <ExportPanel client={client} place={place} search={search} onClose={onClose} />
        )}
      </div>
    </Modal>
  );
}
