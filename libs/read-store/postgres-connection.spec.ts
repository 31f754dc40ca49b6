import { postgresConnection } from './postgres-connection';

describe('postgresConnection', () => {
  it('reads a full URL', () => {
    expect(postgresConnection('postgres://repaero:s%40cret@db.example:5433/readmodels', {})).toEqual({
      host: 'db.example',
      port: 5433,
      username: 'repaero',
      password: 's@cret',
      database: 'readmodels',
    });
  });

  it('takes the socket directory from ?host= and the user from PGUSER', () => {
    expect(postgresConnection('postgres:///repaero?host=/var/run/postgresql', { PGUSER: 'ops' })).toEqual({
      host: '/var/run/postgresql',
      username: 'ops',
      database: 'repaero',
    });
  });

  it('keeps a user named in the socket form', () => {
    expect(postgresConnection('postgres://root@/repaero_test?host=/var/run/postgresql', { PGUSER: 'ops' }).username).toBe('root');
  });

  it('falls back to the OS user when the URL and PGUSER name none', () => {
    expect(postgresConnection('postgresql://localhost/db', {}).username).toMatch(/.+/);
  });
});
