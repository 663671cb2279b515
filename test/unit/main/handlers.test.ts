import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNotebookHandlers, type HandlerDeps } from '../../../main/handlers/notebookHandlers';
import { maxSaveBytes, type ChooseSavePath } from '../../../main/handlers/saveFile';

const assetsDir = fileURLToPath(new URL('../../../assets', import.meta.url));
const pdfBytes = new TextEncoder().encode('%PDF-1.7 summary');
const temporaryFolders: string[] = [];

afterEach(async () => {
  await Promise.all(temporaryFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

function handlersWith(overrides: Partial<HandlerDeps> = {}) {
  const chooseSavePath = vi.fn<ChooseSavePath>(async () => null);
  const writeFile = vi.fn(async (_path: string, _bytes: Uint8Array) => {});
  const handlers = createNotebookHandlers({
    identity: { name: 'Incident Notebook', version: '0.1.0' },
    assetsDir,
    chooseSavePath,
    writeFile,
    ...overrides,
  });
  return { handlers, chooseSavePath, writeFile };
}

const saveRequest = (changes: Record<string, unknown> = {}) => ({
  suggestedName: 'incident-summary.pdf',
  mimeType: 'application/pdf',
  bytes: pdfBytes,
  ...changes,
});

/** Claims to be bigger than the limit without allocating 200 MB in a unit test. */
class OversizedBytes extends Uint8Array {
  override get byteLength(): number {
    return maxSaveBytes + 1;
  }
}

describe('saveFile', () => {
  it.each([
    ['../x.pdf'],
    ['..\\x.pdf'],
    ['/etc/cron.d/x'],
    ['C:\\Windows\\x.pdf'],
    ['C:x.pdf'],
    ['reports/x.pdf'],
    ['..'],
    ['.'],
    [''],
    ['   '],
    ['x\u0000.pdf'],
    ['line\nbreak.pdf'],
    ['a'.repeat(256)],
  ])('refuses the suggested name %j before any dialog opens', async (suggestedName) => {
    const { handlers, chooseSavePath, writeFile } = handlersWith();
    await expect(handlers.saveFile([saveRequest({ suggestedName })])).rejects.toThrow(
      /^saveFile refused: suggestedName/,
    );
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'JVBERi0xLjc='],
    ['an array of numbers', [37, 80, 68, 70]],
    ['an object with numeric keys', { 0: 37, 1: 80, length: 2 }],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['nothing', undefined],
  ])('refuses %s as bytes', async (_label, bytes) => {
    const { handlers, chooseSavePath } = handlersWith();
    await expect(handlers.saveFile([saveRequest({ bytes })])).rejects.toThrow(
      'saveFile refused: bytes must be bytes',
    );
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses more than 200 MB', async () => {
    const { handlers, chooseSavePath } = handlersWith();
    await expect(handlers.saveFile([saveRequest({ bytes: new OversizedBytes(1) })])).rejects.toThrow(
      `bytes must be at most ${maxSaveBytes} bytes`,
    );
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing request', []],
    ['a second argument', [saveRequest(), '/tmp/elsewhere.pdf']],
    ['an unknown field', [saveRequest({ directory: '/etc' })]],
    ['a media type that is not one', [saveRequest({ mimeType: 'pdf please' })]],
    ['a request that is not an object', ['incident-summary.pdf']],
  ])('refuses %s', async (_label, args) => {
    const { handlers, chooseSavePath } = handlersWith();
    await expect(handlers.saveFile(args)).rejects.toThrow(/^saveFile refused: /);
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('reports a refusal as a plain sentence without echoing the bytes', async () => {
    const { handlers } = handlersWith();
    const error: unknown = await handlers
      .saveFile([saveRequest({ suggestedName: '../x.pdf' })])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'saveFile refused: suggestedName must be a bare file name, without folders',
    );
  });

  it('offers the name and a matching filter, then writes the bytes where the person chose', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'save-file-'));
    temporaryFolders.push(folder);
    const target = join(folder, 'chosen.pdf');
    const chooseSavePath = vi.fn<ChooseSavePath>(async () => target);
    // writeFile left out: the handler writes with node:fs, as in the app.
    const { handlers } = handlersWith({ chooseSavePath, writeFile: undefined });

    await expect(handlers.saveFile([saveRequest()])).resolves.toEqual({ saved: true, path: target });
    expect(chooseSavePath).toHaveBeenCalledWith({
      suggestedName: 'incident-summary.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(new Uint8Array(await readFile(target))).toEqual(pdfBytes);
  });

  it('writes nothing when the person cancels the dialog', async () => {
    const { handlers, writeFile } = handlersWith();
    await expect(handlers.saveFile([saveRequest()])).resolves.toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('turns a failed write into a plain message', async () => {
    const { handlers } = handlersWith({
      chooseSavePath: async () => '/read-only/x.pdf',
      writeFile: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    await expect(handlers.saveFile([saveRequest()])).rejects.toThrow(
      'saveFile failed: EACCES: permission denied',
    );
  });
});

describe('loadSampleLog', () => {
  it('returns the bytes of assets/sample-auth.log', async () => {
    const { handlers } = handlersWith();
    const sample = await handlers.loadSampleLog([]);
    expect(sample.name).toBe('sample-auth.log');
    expect(sample.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(sample.bytes).equals(await readFile(join(assetsDir, 'sample-auth.log')))).toBe(true);
  });

  it('refuses any argument, so the page cannot pick another file', async () => {
    const { handlers } = handlersWith();
    await expect(handlers.loadSampleLog(['../../etc/passwd'])).rejects.toThrow(/^loadSampleLog refused: /);
  });

  it('reports a missing sample as a plain message', async () => {
    const { handlers } = handlersWith({ assetsDir: join(assetsDir, 'no-such-folder') });
    await expect(handlers.loadSampleLog([])).rejects.toThrow(/^loadSampleLog failed: ENOENT/);
  });
});

describe('getAppInfo', () => {
  it('names the app, its version and the desktop host', async () => {
    const { handlers } = handlersWith();
    await expect(handlers.getAppInfo([])).resolves.toEqual({
      name: 'Incident Notebook',
      version: '0.1.0',
      host: 'electron',
    });
  });

  it('refuses arguments', async () => {
    const { handlers } = handlersWith();
    await expect(handlers.getAppInfo([{ host: 'browser' }])).rejects.toThrow(/^getAppInfo refused: /);
  });
});
