import type { RunningImportState } from '../../state/importSlice';
import { formatBytes, formatCount, formatPercent } from '../shared/format';

export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: RunningImportState;
  onCancel: () => void;
}) {
  const { fileName, fileNumber, fileCount, bytesRead, totalBytes, linesRead } = progress;
  return (
    <div className="import-progress panel" role="group" aria-label="Import in progress">
      <p>
        Reading {fileName}
        {fileCount > 1 ? ` (file ${fileNumber} of ${fileCount})` : ''}: {formatCount(linesRead)} lines read,{' '}
        {formatBytes(bytesRead)} of {formatBytes(totalBytes)} ({formatPercent(bytesRead, totalBytes)}).
      </p>
      <progress aria-label="Import progress" max={totalBytes || 1} value={bytesRead} />
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
