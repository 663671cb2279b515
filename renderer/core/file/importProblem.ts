/**
 * A problem with the file itself (empty, binary, unknown format, already imported). Its message
 * is written for the person: what was wrong and what to try.
 */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
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
  const error =
    data.name === 'ImportProblem'
      ? new ImportProblem(data.message)
      : data.name === 'ImportCancelled'
        ? new ImportCancelled(data.message)
        : new Error(data.message);
  return error;
}
