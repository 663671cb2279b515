/**
 * One line of a log as a log line: the file and line number it came from, then the line itself in
 * monospace, wrapped (a long sshd line must not widen the page), always text, never markup.
 * A Windows event is a screenful of XML: with `windowsEvent` only its place shows, and the XML opens
 * on request (the caller says the event in words: shared/windowsLogon.ts).
 */
export function LogLine({
  file,
  line,
  text,
  windowsEvent = false,
}: {
  file: string;
  line: number;
  text: string;
  windowsEvent?: boolean;
}) {
  const where = `${file}, line ${line}`;
  if (windowsEvent) {
    return (
      <details className="log-line-block log-line-raw">
        <summary>The event as Windows wrote it ({where})</summary>
        <pre className="log-line" aria-label={`${where}, as written`}>
          {text}
        </pre>
      </details>
    );
  }
  return (
    <div className="log-line-block">
      <span className="log-line-where">{file}</span>
      <pre className="log-line numbered" aria-label={where}>
        <span className="log-line-number" aria-hidden="true">
          {line}
        </span>
        <span className="log-line-text">{text}</span>
      </pre>
    </div>
  );
}
