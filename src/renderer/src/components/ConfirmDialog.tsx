import { useId, useRef, useState } from 'react';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  question: string;
  detail: string;
  confirmText: string;
  /** The accessible name of the confirm button, when its visible text alone is ambiguous. */
  confirmLabel?: string;
  /** Resolves to an error message to show, or null when done. */
  onConfirm(): Promise<string | null>;
  onCancel(): void;
}

/** Asks before something that cannot be undone; Cancel has focus so Enter is the safe choice. */
export function ConfirmDialog({
  question,
  detail,
  confirmText,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const detailId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const message = await onConfirm();
    setBusy(false);
    if (message) setError(message);
  };

  return (
    <Modal
      label={question}
      role="alertdialog"
      describedBy={detailId}
      onClose={onCancel}
      initialFocus={cancelRef}
    >
      <h2 className="modal-title">{question}</h2>
      <p id={detailId} className="modal-text">
        {detail}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" ref={cancelRef} className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-label={confirmLabel}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmText}
        </button>
      </div>
    </Modal>
  );
}
