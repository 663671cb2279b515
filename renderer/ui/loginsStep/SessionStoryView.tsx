import type { SessionStory } from '../../core/analysis/sessionAfter';
import { formatDuration, openSessionSearchMs } from '../../core/analysis/sessionAfter';
import { formatUtc } from '../shared/format';

/** What the session did next, from the same logs, each line quoted. */
export function SessionStoryView({ story }: { story: SessionStory }) {
  return (
    <div className="session-story">
      <h5>What happened next</h5>
      <ul>
        <li>
          {story.closed && story.durationMs !== undefined
            ? `The session lasted ${formatDuration(story.durationMs)} (closed ${formatUtc(story.closed.time)}).`
            : story.opened
              ? 'A session was opened; its end is not in these logs (it may still be open, or the log ends first).'
              : 'No session lines were found for this login.'}
        </li>
        {story.actions.length === 0 ? (
          <li>
            No sudo, su, new user, password or key change by this user was recognized
            {story.closed
              ? ' during the session'
              : ` in the ${formatDuration(openSessionSearchMs)} after the login`}
            . The app does not read every kind of line yet: read the log lines after the login below to be
            sure.
          </li>
        ) : (
          story.actions.map((action) => (
            <li key={`${action.line}:${action.time}`}>
              {formatUtc(action.time)}: {actionWords(action) !== undefined && <>{actionWords(action)} </>}
              <code className="log-line">{action.text ?? `${action.service} ${action.kind}`}</code>
            </li>
          ))
        )}
        <li>
          {story.laterLogins.length === 0
            ? 'The same address did not log in again in these logs.'
            : `The same address logged in ${story.laterLogins.length} more ${story.laterLogins.length === 1 ? 'time' : 'times'}: ${story.laterLogins
                .map((login) => `${login.user} at ${formatUtc(login.time)}`)
                .join('; ')}.`}
        </li>
      </ul>
    </div>
  );
}

/**
 * What a Windows event after the login did, in words ("account support created", "logged on with
 * special privileges", "the Security log was cleared"): its raw line is XML, behind the words.
 */
function actionWords(action: {
  accountChange?: string;
  actionByUser?: string;
  logCleared?: string;
  status?: string;
}): string | undefined {
  if (action.logCleared !== undefined) return `The ${action.logCleared} log was cleared.`;
  return action.accountChange ?? action.actionByUser;
}
