import { writeFile as writeFileToDisk } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';

/** Larger than any report or export the app writes; refuses a page trying to fill the disk. */
export const maxSaveBytes = 200 * 1024 * 1024;

// Characters no portable file name may contain: path separators, Windows' reserved set, controls.
const forbiddenInFileName = /[\\/<>:"|?*]/;
const hasControlCharacter = (name: string): boolean =>
  [...name].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/**
 * Only a suggestion for the save dialog, yet validated as a bare name: the page must never be able
 * to steer the dialog (and a hurried click) into another folder.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !forbiddenInFileName.test(name), 'must be a bare file name, without folders')
  .refine((name) => !hasControlCharacter(name), 'must not contain control characters')
  .refine((name) => name.trim() !== '' && name !== '.' && name !== '..', 'must be a file name');

// RFC 6838 type/subtype names; parameters are not needed for a save dialog.
const mimeType = z
  .string()
  .max(255)
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'must be a media type');

const bytes = z
  .instanceof(Uint8Array, { message: 'must be bytes' })
  .refine((value) => value.byteLength <= maxSaveBytes, `must be at most ${maxSaveBytes} bytes`);

export const saveFileRequest = z.strictObject({ suggestedName, mimeType, bytes });

export const saveFileArgs = z.tuple([saveFileRequest]);

export type SaveDialogFilter = { name: string; extensions: string[] };

/** Shows the native save dialog; resolves to the chosen path, or null when the person cancels. */
export type ChooseSavePath = (offer: {
  suggestedName: string;
  filters: SaveDialogFilter[];
}) => Promise<string | null>;

export type SaveFileDeps = {
  chooseSavePath: ChooseSavePath;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
};

const filterNames: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF document',
  'message/rfc822': 'Email draft',
  'text/csv': 'CSV table',
  'application/json': 'JSON file',
  'text/plain': 'Text file',
};

function filtersFor(name: string, type: string): SaveDialogFilter[] {
  const extension = extname(name).slice(1);
  if (extension === '') return [];
  return [
    { name: filterNames[type.toLowerCase()] ?? `${extension.toUpperCase()} file`, extensions: [extension] },
  ];
}

export function createSaveFile({
  chooseSavePath,
  writeFile = writeFileToDisk,
}: SaveFileDeps): NotebookApi['saveFile'] {
  return async (request) => {
    // The person picks the folder in a native dialog: the path comes from them, not from the page.
    const path = await chooseSavePath({
      suggestedName: request.suggestedName,
      filters: filtersFor(request.suggestedName, request.mimeType),
    });
    if (path === null) return { saved: false };
    await writeFile(path, request.bytes);
    return { saved: true, path };
  };
}
