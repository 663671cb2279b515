// The files of a drop, including everything inside dropped folders (a copied /var/log folder).
// Uses the File and Directory Entries API, which Chromium and Electron support.

/** Hidden files and journal binaries are never logs to import. */
const skipped = /^\.|\.journal~?$/;

export async function droppedFiles(dataTransfer: DataTransfer): Promise<File[]> {
  const entries = [...dataTransfer.items]
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...dataTransfer.files];
  const files: File[] = [];
  for (const entry of entries) await collect(entry, files, 0);
  return files.filter((file) => !skipped.test(file.name));
}

async function collect(entry: FileSystemEntry, files: File[], depth: number): Promise<void> {
  if (entry.isFile) {
    const fileEntry = entry as FileSystemFileEntry;
    files.push(await new Promise<File>((resolve, reject) => fileEntry.file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory || depth > 4) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out a folder in batches until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return;
    for (const child of batch) await collect(child, files, depth + 1);
  }
}
