import { useId, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { QueueJob, QueueStatus } from '@shared/domain';
import type { Result } from '@shared/result';
import { settle } from '../../lib/settle';
import { isBusy, queueCounts, useQueueStatus } from './useQueueStatus';
import './queue.css';

interface QueueBarProps {
  client: QuireClient;
  notify(text: string): void;
}

/**
 * A slim bar at the bottom of the library while pages are being saved in the background (an
 * import, saves from other windows): how far it is, what is being fetched, and what failed.
 */
export function QueueBar({ client, notify }: QueueBarProps) {
  const [status, setStatus] = useQueueStatus(client);
  const [showFailures, setShowFailures] = useState(false);
  const failuresId = useId();
  const failures = status?.failures ?? [];
  // The list closes once nothing is left in it, so new failures later do not pop it open.
  if (showFailures && failures.length === 0) setShowFailures(false);
  if (!status) return null;
  const busy = isBusy(status);
  if (!busy && failures.length === 0) return null;

  // Each button answers with the queue's new state right away; the event that follows agrees.
  const act = async <T,>(call: Promise<Result<T>>, failed: string) => {
    const result = await settle(call);
    if (!result.ok) return notify(`${failed}: ${result.error.message}`);
    const fresh = await settle(client.queueStatus());
    if (fresh.ok) setStatus(fresh.value);
  };

  return (
    <section className="queue-bar" aria-label="Saving in the background">
      <div className="queue-summary">
        <QueueProgress status={status} />
        <div className="queue-actions">
          {failures.length > 0 && (
            <button
              type="button"
              className="button button-quiet queue-failed-toggle"
              aria-expanded={showFailures}
              aria-controls={showFailures ? failuresId : undefined}
              onClick={() => setShowFailures((shown) => !shown)}
            >
              {failures.length} failed <span aria-hidden="true">{showFailures ? '▾' : '▸'}</span>
            </button>
          )}
          {busy && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void act(client.cancelSaves('all'), 'Could not cancel')}
            >
              Cancel all
            </button>
          )}
        </div>
      </div>
      {showFailures && failures.length > 0 && (
        <FailureList
          id={failuresId}
          failures={failures}
          onRetry={() => void act(client.retryFailedSaves(), 'Could not retry')}
          onDismiss={() => {
            setShowFailures(false);
            void act(client.dismissFailedSaves(), 'Could not dismiss');
          }}
        />
      )}
    </section>
  );
}

function QueueProgress({ status }: { status: QueueStatus }) {
  const { finished, total } = queueCounts(status);
  const busy = isBusy(status);
  const failed = status.failed > 0 ? ` · ${status.failed} failed` : '';
  const current = status.current[0]?.url;
  return (
    <div className="queue-progress">
      <p className="queue-text">
        {busy ? `Saving ${finished} of ${total}${failed}` : `${status.failures.length} could not be saved`}
      </p>
      {busy && (
        <progress
          className="queue-meter"
          value={finished}
          max={Math.max(1, total)}
          aria-label="Saved so far"
        />
      )}
      {busy && current && (
        <p className="queue-current" title={current}>
          {current}
        </p>
      )}
    </div>
  );
}

interface FailureListProps {
  id: string;
  failures: QueueJob[];
  onRetry(): void;
  onDismiss(): void;
}

function FailureList({ id, failures, onRetry, onDismiss }: FailureListProps) {
  return (
    <div id={id} className="queue-failures">
      <ul aria-label="Failed saves" className="queue-failure-list">
        {failures.map((job) => (
          <li key={job.id} className="queue-failure">
            <span className="queue-failure-url">{job.url}</span>
            <span className="queue-failure-reason">{job.error ?? 'Failed for an unknown reason.'}</span>
          </li>
        ))}
      </ul>
      <div className="queue-failure-actions">
        <button type="button" className="button" onClick={onDismiss}>
          Dismiss
        </button>
        <button type="button" className="button button-primary" onClick={onRetry}>
          Retry failed
        </button>
      </div>
    </div>
  );
}
