import { useState, type DragEvent } from 'react';
import { droppedFiles } from './droppedFiles';
import { orderForImport } from './importOrder';

/** The id of the "Choose log files…" input, where focus returns after a cancelled pick. */
export const logFilesInputId = 'log-files';

/**
 * A drop area that is also a plain, labelled file input, so it works without a mouse. Files and
 * whole folders can be dropped; rotated files are imported oldest first.
 */
export function LogFilePicker({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
}) {
  const [dragging, setDragging] = useState(false);

  async function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = await droppedFiles(event.dataTransfer);
    if (files.length > 0) onFiles(orderForImport(files));
  }

  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // so choosing the same file again still reports it
    if (files.length > 0) onFiles(orderForImport(files));
  };

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void drop(event)}
    >
      <p>Drop log files or a whole log folder here, or</p>
      <label htmlFor={logFilesInputId} className="file-label">
        Choose log files…
      </label>
      <input
        id={logFilesInputId}
        type="file"
        multiple
        disabled={disabled}
        className="visually-hidden-file"
        onChange={(event) => choose(event.target)}
      />{' '}
      <label htmlFor="log-folder" className="file-label">
        Choose a folder…
      </label>
      <input
        id="log-folder"
        type="file"
        multiple
        disabled={disabled}
        className="visually-hidden-file"
        {...{ webkitdirectory: '' }}
        onChange={(event) => choose(event.target)}
      />
    </div>
  );
}
