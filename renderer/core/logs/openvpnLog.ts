// OpenVPN's own log (--log, --log-append), in the stamp styles of its versions, and as OpenVPN
// Access Server's twistd log wraps it:
//   Mon Oct 21 21:07:09 2019 54.183.149.10:34791 TLS Error: TLS handshake failed      (up to 2.4)
//   2023-09-04 00:00:06 54.183.149.10:34791 TLS Error: TLS handshake failed           (2.5 and later)
//   2019-10-21T23:07:09+0200 [stdout#info] [OVPN 0] OUT: 'Mon Oct 21 21:07:09 2019 …'  (Access Server)
// The inner stamps are the server's wall clock: the zone the person confirmed is used (the
// Access Server's outer stamp has its zone and is preferred). OpenVPN runs over UDP by default:
// its addresses are not proof of who sent the packets.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { openvpn } from './remoteAccessMessages';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { wallClockToUtc } from '../time/zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const classic = /^\w{3} (\w{3}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4}) /;
const iso = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) /;
const accessServer =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)) \[[^\]]*\] \[OVPN \d+\] (?:OUT|ERR): '(.*)'$/;
// What only OpenVPN writes after its stamp: a peer "1.2.3.4:1194 " or "name/1.2.3.4:1194 ", or its own words.
const openvpnMessage =
  /^(?:(?:\S+\/)?\[?[0-9a-fA-F.:]+\]?:\d+ |OpenVPN \d|TLS Error|TLS: |MULTI|Initialization Sequence|UDPv[46] link|TCPv[46]_SERVER|TUN\/TAP|net_(?:addr|route|iface)|SIGTERM|SIGUSR1)/;

function inner(line: string): { message: string; wallClock: number } | undefined {
  const c = classic.exec(line);
  if (c) {
    const month = months.indexOf(c[1]!);
    if (month < 0) return undefined;
    return {
      message: line.slice(c[0].length),
      wallClock: Date.UTC(+c[6]!, month, +c[2]!, +c[3]!, +c[4]!, +c[5]!),
    };
  }
  const i = iso.exec(line);
  if (!i) return undefined;
  return {
    message: line.slice(i[0].length),
    wallClock: Date.UTC(+i[1]!, +i[2]! - 1, +i[3]!, +i[4]!, +i[5]!, +i[6]!),
  };
}

export const openvpnLogFormat = ownLogFormat({
  id: 'openvpn',
  label: 'OpenVPN log (openvpn.log, Access Server)',
  isOwnLine: (line) => accessServer.test(line) || classic.test(line) || iso.test(line),
  isTellingLine: (line) => {
    const wrapped = accessServer.exec(line);
    const read = inner(wrapped === null ? line : wrapped[2]!);
    return read !== undefined && openvpnMessage.test(read.message);
  },
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const wrapped = accessServer.exec(line);
      const read = inner(wrapped === null ? line : wrapped[2]!);
      if (read === undefined) return false;
      const when = wrapped === null ? toUtc(read.wallClock) : readRfc3339(wrapped[1]!, 0, wrapped[1]!.length);
      return emitRead(openvpn(read.message, 0, when, lineNumber), undefined, emit);
    };
  },
});
