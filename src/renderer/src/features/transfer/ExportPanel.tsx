import { useId, useState, type FormEvent } from 'react';
import type { ExportRequest, QuireClient } from '@shared/api';
import { downloadFile } from '../../lib/download';
import { formatCount } from '../../lib/format';
import { settle } from '../../lib/settle';
import { placeExport, placeQuery, placeTitle, searchWords, type Place } from '../library/place';
import { EXPORT_FORMATS } from './formats';

type Scope = 'view' | 'everything';

// The most articles one list request returns; a view is exported by its ids when it must be.
const MAX_IDS = 5000;

interface ExportPanelProps {
  client: QuireClient;
  place: Place;
  search: string;
  onClose(): void;
}

export function ExportPanel({ client, place, search, onClose }: ExportPanelProps) {
  const [format, setFormat] = useState('md');
  const [scope, setScope] = useState<Scope>('view');
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const descriptionId = useId();
  const formatId = useId();
  const chosen = EXPORT_FORMATS.find((f) => f.value === format)!;
  const words = searchWords(search);
  const viewName = words ? `${placeTitle(place)}, matching “${words}”` : placeTitle(place);

  /** The request for the chosen scope; a shelf (read state, favourites) goes by its articles' ids. */
  const request = async (): Promise<ExportRequest | string> => {
    const base = { format, ...(chosen.full && full ? { full: true } : {}) };
    if (scope === 'everything') return base;
    const filter = placeExport(place, search);
    if (filter) return { ...base, ...filter };
    const page = await settle(client.listArticles({ ...placeQuery(place, search), limit: MAX_IDS }));
    if (!page.ok) return page.error.message;
    if (page.value.items.length === 0) return 'There is nothing in this view to export.';
    return { ...base, ids: page.value.items.map((a) => a.id) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const req = await request();
    const result = typeof req === 'string' ? null : await settle(client.exportList(req));
    setBusy(false);
    if (typeof req === 'string') return setOutcome({ ok: false, text: req });
    if (!result!.ok) return setOutcome({ ok: false, text: `Could not export: ${result!.error.message}` });
    downloadFile(result!.value);
    setOutcome({
      ok: true,
      text: `Exported ${formatCount(result!.value.count, 'article')} to ${result!.value.fileName}`,
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <p className="modal-text">Take your reading list elsewhere, or keep a copy.</p>
      <div className="field">
        <label htmlFor={formatId} className="field-label">
          Format
        </label>
        <select
          id={formatId}
          value={format}
          aria-describedby={descriptionId}
          onChange={(e) => setFormat(e.target.value)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <span id={descriptionId} className="field-hint">
          {chosen.description}
        </span>
      </div>
      <fieldset className="field export-scope">
        <legend className="field-label">Articles</legend>
        <label className="choice">
          <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} />
          This view <span className="choice-detail">({viewName})</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="scope"
            checked={scope === 'everything'}
            onChange={() => setScope('everything')}
          />
          Everything
        </label>
      </fieldset>
      {chosen.full && (
        <label className="choice export-full">
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
          Whole articles, not just links
        </label>
      )}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'export-done' : 'form-error'}>
          {outcome.text}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {outcome?.ok ? 'Done' : 'Cancel'}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </form>
  );
}
