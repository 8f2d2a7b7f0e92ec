import { stageText } from './save-stages';

describe('stageText', () => {
  it('says what each running stage does', () => {
    expect(stageText('fetching')).toBe('Downloading page…');
    expect(stageText('images')).toBe('Downloading images…');
    expect(stageText('done')).toBeNull();
  });
});
