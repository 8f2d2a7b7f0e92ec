/**
 * A button's label that reads differently while its action runs ("Refreshing…") without the button
 * changing width, so the buttons beside it stay where they were. The idle text, invisible and
 * hidden from assistive technology, only holds the space; the name is the text shown.
 */
export function BusyLabel({ busy, idle, working }: { busy: boolean; idle: string; working: string }) {
  return (
    <span className="busy-label">
      <span className="busy-label-sizer" aria-hidden="true">
        {idle}
      </span>
      <span>{busy ? working : idle}</span>
    </span>
  );
}
