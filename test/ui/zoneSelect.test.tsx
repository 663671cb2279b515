import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ZoneSelect } from '../../renderer/ui/shared/ZoneSelect';
import { zoneMatches } from '../../renderer/core/time/currentZoneNames';

const zones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Europe/Kyiv'];

function Picker() {
  const [zone, setZone] = useState('UTC');
  return (
    <>
      <label htmlFor="zone">Your time zone</label>
      <ZoneSelect id="zone" value={zone} zones={zones} onChange={setZone} searchLabel="Find your time zone" />
    </>
  );
}

describe('the time-zone picker', () => {
  it('finds a zone by a city, and by its former name, and chooses the first match', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.type(screen.getByRole('searchbox', { name: 'Find your time zone' }), 'calcutta');
    const list = screen.getByRole('combobox', { name: 'Your time zone' });
    expect(list).toHaveValue('Asia/Kolkata');
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Asia/Kolkata']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find your time zone' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find your time zone' }), 'new york');
    expect(list).toHaveValue('America/New_York');
    await user.selectOptions(list, 'America/New_York');
    expect(list).toHaveValue('America/New_York');
  });

  it('matches current and former names only', () => {
    expect(zoneMatches('Europe/Kyiv', 'kiev')).toBe(true);
    expect(zoneMatches('Europe/Berlin', 'kiev')).toBe(false);
    expect(zoneMatches('Europe/Berlin', '')).toBe(true);
  });
});
