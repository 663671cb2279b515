// Arguments of `trace`: MESSAGE.eml|.msg|headers.txt [--ours domain,…]
// Prints the route of a suspicious message as one JSON document: the hops oldest first, where it
// entered our servers (the handover), the originating address, the checks and the oddities.
// Nothing is looked up: `lookup ADDRESS` does that, on request.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readSuspiciousMessage } from '../../renderer/core/email/messageSource';
import { traceMessage, type MessageTrace } from '../../renderer/core/email/messageTrace';
import { readOurEntries } from '../../renderer/core/email/ourDomains';
import { terminalJson } from '../../renderer/core/text/terminalText';
import { CliError } from './cliError';
import { readArguments } from './readArguments';

const usage = 'usage: trace MESSAGE.eml|MESSAGE.msg|headers.txt [--ours domain,…]';

/** A message bigger than this is no mail a person was sent. */
const messageLimit = 64 * 1024 * 1024;

const isoTime = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/** The trace in the shape scripts read: times as ISO 8601 UTC, delays in seconds. */
export function traceOutput(
  file: string,
  bytes: Uint8Array,
  trace: MessageTrace,
  format: string,
  note: string | null,
) {
  return {
    file,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(note ? { note } : {}),
    ours: trace.ours,
    suggestedOurs: trace.suggestedOurs,
    handover:
      trace.handover.status === 'found'
        ? { status: 'found', hop: trace.handover.index + 1 }
        : { status: trace.handover.status },
    originatingAddress: trace.originatingAddress,
    originatingScope: trace.originatingScope,
    sentence: trace.sentence,
    hops: trace.hops.map((hop) => ({
      number: hop.number,
      side: hop.side,
      ...(hop.side === 'sender' ? { mayBeForgedBySender: true } : {}),
      fromHelo: hop.fromHelo,
      fromReverseName: hop.fromReverseName,
      fromAddress: hop.fromAddress,
      fromScope: hop.fromScope,
      byHost: hop.byHost,
      protocol: hop.protocol,
      id: hop.id,
      for: hop.for,
      time: isoTime(hop.time),
      delaySeconds: hop.delay === null ? null : hop.delay / 1000,
      mayBeForged: hop.mayBeForged,
    })),
    authentication: trace.authentication.map((result) => ({
      header: result.header,
      authservId: result.authservId,
      ...(result.instance !== null ? { instance: result.instance } : {}),
      trusted: result.trusted,
      checks: result.checks.map((check) => ({
        method: check.method,
        result: check.result,
        words: check.words,
      })),
    })),
    flags: trace.flags,
    message: {
      subject: trace.subject,
      from: trace.from,
      envelopeSender: trace.envelopeSender,
      date: trace.date,
      messageId: trace.messageId,
    },
  };
}

export async function traceCli(argv: string[]): Promise<void> {
  const { values, positionals } = readArguments(
    { args: argv, allowPositionals: true, strict: true, options: { ours: { type: 'string' } } },
    usage,
  );
  if (positionals.length !== 1) throw new CliError(`give exactly one message file; ${usage}`);
  const file = positionals[0]!;
  const bytes = await readFile(file).catch(() => {
    throw new CliError(`cannot read the message "${file}"`);
  });
  if (bytes.length > messageLimit) throw new CliError(`"${file}" is over 64 MiB: no e-mail message`);
  const message = readSuspiciousMessage(new Uint8Array(bytes));
  const trace = traceMessage(message.header, readOurEntries(values.ours ?? ''));
  process.stdout.write(`${terminalJson(traceOutput(file, bytes, trace, message.format, message.note))}\n`);
}
