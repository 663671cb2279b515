import { useEffect, useRef } from 'react';

/**
 * The deliberate second step of "This is ours": marking an address as ours takes it out of the
 * attackers, the summary and every e-mail at once, so the person reads what it does before it
 * happens. Focus moves to the explanation when it opens; Cancel (or Escape) gives it back.
 */
export function MarkOursConfirmation({
  ip,
  onConfirm,
  onCancel,
}: {
  ip: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [ip]);
  return (
    <section
      className="panel mark-ours-confirmation"
      aria-labelledby="mark-ours-title"
      aria-describedby="mark-ours-effect"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h4 id="mark-ours-title" ref={heading} tabIndex={-1}>
        Is {ip} one of yours?
      </h4>
      <p id="mark-ours-effect">
        {ip} will be left out of the summary and the e-mails, and shown apart from the attackers. Do this only
        for an address you know: your office, your home, a service you pay for. You can undo it under
        &ldquo;Ours&rdquo; below.
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onConfirm}>
          Yes, {ip} is ours
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
