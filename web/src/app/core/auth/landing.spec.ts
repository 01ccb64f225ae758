import type { MeResponse } from '@press-award/contracts';
import { destinationAfterSignIn, landingFor } from './landing';

const person = (
  roles: MeResponse['roles'],
  memberships: { role: string }[] = [],
): Pick<MeResponse, 'roles' | 'memberships'> => ({
  roles,
  memberships: memberships.map((membership, index) => ({
    awardId: `a${index}`,
    ...membership,
  })) as MeResponse['memberships'],
});

describe('landingFor', () => {
  it('should send each role where its work is', () => {
    expect(landingFor(person(['reporter']))).toBe('/');
    expect(landingFor(person(['reporter'], [{ role: 'judge' }]))).toBe('/judging');
    expect(landingFor(person(['reporter'], [{ role: 'secretary' }]))).toBe('/manage');
    expect(landingFor(person(['reporter'], [{ role: 'judge' }, { role: 'organizer' }]))).toBe(
      '/manage',
    );
    expect(landingFor(person(['admin']))).toBe('/manage');
  });

  it('should send a steering committee member to the prize list to approve', () => {
    expect(landingFor(person(['reporter'], [{ role: 'steering' }]))).toBe('/awards/a0/approval');
    expect(landingFor(person(['reporter'], [{ role: 'auditor' }]))).toBe('/');
    // Other work comes first: a judge who also sits on a steering committee scores.
    expect(landingFor(person(['reporter'], [{ role: 'steering' }, { role: 'judge' }]))).toBe(
      '/judging',
    );
  });
});

describe('destinationAfterSignIn', () => {
  const judge = person(['reporter'], [{ role: 'judge' }]);

  it('should go back to the page that asked for the sign-in', () => {
    expect(destinationAfterSignIn('/awards/x/entries/new', judge)).toBe('/awards/x/entries/new');
  });

  it('should land by role when nothing asked, or only the home page did', () => {
    expect(destinationAfterSignIn(undefined, judge)).toBe('/judging');
    expect(destinationAfterSignIn('/', judge)).toBe('/judging');
  });

  it('should never leave the site', () => {
    for (const foreign of ['https://evil.example', '//evil.example', '/\\evil.example'])
      expect(destinationAfterSignIn(foreign, judge)).toBe('/judging');
  });
});
