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
              {formatUtc(action.time)}:{' '}
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
