import { useState, type DragEvent } from 'react';

/** A drop area that is also a plain, labelled file input, so it works without a mouse. */
export function LogFilePicker({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
}) {
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled && event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <p>Drop log files here, or</p>
      <label htmlFor="log-files" className="file-label">
        Choose log files…
      </label>
      <input
        id="log-files"
        type="file"
        multiple
        disabled={disabled}
        className="visually-hidden-file"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // so choosing the same file again still reports it
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
