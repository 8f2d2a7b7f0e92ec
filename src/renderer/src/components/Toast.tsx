import { useEffect } from 'react';
import './toast.css';

export interface ToastMessage {
  /** Distinguishes two identical messages in a row, so each gets its full time on screen. */
  id: number;
  text: string;
}

const VISIBLE_MS = 4000;

/** A short confirmation at the bottom of the window, announced politely to screen readers. */
export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="toast-region" aria-live="polite">
      {toast && (
        <div key={toast.id} className="toast">
          {toast.text}
        </div>
      )}
    </div>
  );
}
