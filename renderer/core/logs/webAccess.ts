// Web server access logs (Apache, nginx; combined or common, maybe after a virtual host): "1.2.3.4
// - bob [15/Sep/2021:16:13:46 +0000] "POST /wp-login.php HTTP/1.1" 200 5364 …". Only answers that
// are about logins become events (webLines.ts); page scans (404, 403) are not about logins. Every
// line carries its zone.
import { ownLogFormat } from './ownLogFormat';
import { accessLineShape, createWebServerLineReader } from './webServerLines';

export const webAccessFormat = ownLogFormat({
  id: 'web-access',
  label: 'Web server access log: password answers and login-form floods (Apache, nginx)',
  carriesOwnTime: true,
  isOwnLine: (line) => accessLineShape.test(line),
  createLineReader: createWebServerLineReader,
});
