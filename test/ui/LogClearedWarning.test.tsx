import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LogClearedWarning } from '../../renderer/ui/loginsStep/LogClearedWarning';
import type { LogClearedWarning as Warning } from '../../renderer/core/analysis/logClearedWarnings';

const warning = (fields: Partial<Warning>): Warning => ({
  first: Date.parse('2021-10-25T18:09:51Z'),
  last: Date.parse('2021-10-25T18:09:51Z'),
  logs: ['Security'],
  by: 'OFFSEC\\admmig',
  file: 'security.xml',
  line: 12,
  what: 'The Windows Security log was cleared at 25 Oct 18:09 (UTC) by the account OFFSEC\\admmig.',
  text: 'The Windows Security log was cleared … (the whole sentence for reports)',
  ...fields,
});

describe('LogClearedWarning', () => {
  it('says a cleared log as an alert, with the line it rests on', () => {
    render(<LogClearedWarning warnings={[warning({})]} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A log was cleared');
    expect(alert).toHaveTextContent('The Windows Security log was cleared at 25 Oct 18:09 (UTC)');
    expect(alert).toHaveTextContent('security.xml, line 12');
    expect(alert).toHaveTextContent('they cannot show that no one got in before that moment');
  });

  it('counts several clearings in its heading', () => {
    render(
      <LogClearedWarning warnings={[warning({}), warning({ line: 40, what: '89 Windows event logs …' })]} />,
    );
    expect(screen.getByRole('heading', { name: /Logs were cleared 2 times/ })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows an account name as text, never as markup', () => {
    render(
      <LogClearedWarning
        warnings={[warning({ what: 'cleared by the account <img src=x onerror=alert(1)>' })]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'cleared by the account <img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows nothing when no log was cleared', () => {
    const { container } = render(<LogClearedWarning warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
