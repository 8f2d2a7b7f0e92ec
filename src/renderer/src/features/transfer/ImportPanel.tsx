import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { QuireClient } from '@shared/api';
import type { ImportSummary } from '@shared/domain';
import { bytesToBase64, readFileBytes } from '../../lib/base64';
import { formatCount } from '../../lib/format';
import { settle } from '../../lib/settle';
import { IMPORT_FORMATS, importFormatLabel } from './formats';

type ImportState =
  | { step: 'choosing' }
  | { step: 'importing' }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; message: string; unknownFormat: boolean };

interface ImportPanelProps {
  client: QuireClient;
  onImported(): void;
  onClose(): void;
}

export function ImportPanel({ client, onImported, onClose }: ImportPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<ImportState>({ step: 'choosing' });
  const inputId = useId();
  const chosenId = useId();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setState({ step: 'choosing' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setState({ step: 'failed', message: 'Choose a file to import first.', unknownFormat: false });
      return;
    }
    setState({ step: 'importing' });
    let dataBase64: string;
    try {
      dataBase64 = bytesToBase64(await readFileBytes(file));
    } catch (err) {
      setState({
        step: 'failed',
        message: `The file could not be read: ${(err as Error).message}`,
        unknownFormat: false,
      });
      return;
    }
    const result = await settle(
      client.importFile({ fileName: file.name, dataBase64, ...(format ? { format } : {}) }),
    );
    if (!result.ok) {
      setState({
        step: 'failed',
        message: result.error.message,
        unknownFormat: result.error.code === 'UNKNOWN_FORMAT',
      });
      return;
    }
    setState({ step: 'done', summary: result.value });
    onImported();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  if (state.step === 'done')
    return (
      <div>
        <ImportReport summary={state.summary} />
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => choose(null)}>
            Import another file
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="modal-text">
        Bring in a reading list from Pocket, Instapaper, Omnivore, Wallabag, Karakeep, your browser’s
        bookmarks, or a list of URLs. Pages are then saved in the background.
      </p>
      <div
        className="drop-zone"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-text">Drop an export file here, or</p>
        <input
          id={inputId}
          type="file"
          className="file-input"
          aria-label="File to import"
          aria-describedby={chosenId}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={inputId} className="button file-button">
          Choose a file…
        </label>
        <p id={chosenId} className="chosen-file" aria-live="polite">
          {file ? `Chosen: ${file.name}` : ''}
        </p>
      </div>
      <label className="field">
        <span className="field-label">Format</span>
        <select value={format} onChange={(e) => setFormat(e.target.value)}>
          <option value="">Detect automatically</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {state.step === 'failed' && (
        <div role="alert" className="form-error">
          <p className="import-error">
            {file ? `Could not import “${file.name}”: ` : ''}
            {state.message}
          </p>
          {state.unknownFormat && !format && (
            <p className="import-error-hint">Choose its format in the list above and import again.</p>
          )}
        </div>
      )}
      {state.step === 'importing' && (
        <p role="status" className="import-status">
          Reading {file?.name}…
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={state.step === 'importing'}>
          Import
        </button>
      </div>
    </form>
  );
}

/** What the import did: every entry of the file is accounted for. */
function ImportReport({ summary }: { summary: ImportSummary }) {
  const rows: [string, number][] = [
    ['Articles in the file', summary.entries],
    ['Stored with their content', summary.stored],
    ['To fetch in the background', summary.queued],
    ['Already in your library', summary.alreadySaved],
    ['Repeated in the file', summary.duplicates],
    ['Skipped', summary.skipped.length],
  ];
  return (
    <div role="status" className="import-report">
      <p className="import-report-title">
        Imported “{summary.fileName}” ({importFormatLabel(summary.format)})
      </p>
      <dl className="import-counts">
        {rows
          .filter(([label, n]) => n > 0 || label === 'Articles in the file')
          .map(([label, n]) => (
            <div key={label} className="import-count">
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
      </dl>
      {summary.queued > 0 && (
        <p className="import-note">
          {formatCount(summary.queued, 'page is', 'pages are')} being saved now; the bar at the bottom of the
          library shows how far it is.
        </p>
      )}
      {summary.skipped.length > 0 && (
        <details className="import-skipped">
          <summary>Why {formatCount(summary.skipped.length, 'entry was', 'entries were')} skipped</summary>
          <ul>
            {summary.skipped.map((s, i) => (
              <li key={i}>
                <span className="import-where">{s.where}</span> {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
