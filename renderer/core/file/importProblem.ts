/**
 * A problem with the file itself (empty, binary, unknown format, already imported). Its message
 * is written for the person: what was wrong and what to try.
 */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
}

/**
 * The refusal of a damaged compressed file (see core/file/damagedFile.ts): the app offers to
 * import the readable part anyway. `found` says what was wrong, for a host's own words; it does
 * not cross the worker boundary (the name does).
 */
export class DamagedFileProblem extends ImportProblem {
  override name = 'DamagedFile';
  constructor(
    message: string,
    readonly found?: { what: 'cut off' | 'checksum does not match' | 'not gzip data'; linesBefore: number },
  ) {
    super(message);
  }
}

/** The person pressed Cancel; nothing was kept. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** Errors cross the worker boundary as plain data. */
export function errorToData(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function errorFromData(data: { name: string; message: string }): Error {
  if (data.name === 'DamagedFile') return new DamagedFileProblem(data.message);
  const error =
    data.name === 'ImportProblem'
      ? new ImportProblem(data.message)
      : data.name === 'ImportCancelled'
        ? new ImportCancelled(data.message)
        : new Error(data.message);
  return error;
}
