import { describe, expect, it } from 'vitest';
import {
  buildManagedSettings,
  describeNeo4jSettings,
  NEO4J_URI_SCHEMES,
  Neo4jSettingsError,
  readNeo4jSettings,
} from '../../server/db/neo4j-settings.ts';

function settingsError(env: Record<string, string>): Neo4jSettingsError {
  try {
    readNeo4jSettings(env);
  } catch (error) {
    if (error instanceof Neo4jSettingsError) return error;
    throw error;
  }
  throw new Error('expected a Neo4jSettingsError');
}

describe('readNeo4jSettings', () => {
  it('is null when NEO4J_URI is unset or empty, so the managed server is used', () => {
    expect(readNeo4jSettings({})).toBeNull();
    expect(readNeo4jSettings({ NEO4J_URI: '  ', NEO4J_PASSWORD: 'x' })).toBeNull();
  });

  it('reads an existing server with default user and database', () => {
    expect(readNeo4jSettings({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'pw' })).toEqual({
      uri: 'bolt://db.example:7687',
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
      source: 'env',
    });
    expect(
      readNeo4jSettings({
        NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
        NEO4J_USER: 'regatlas',
        NEO4J_PASSWORD: ' spaced pw ',
        NEO4J_DATABASE: 'atlas-2025',
      }),
    ).toMatchObject({ user: 'regatlas', password: ' spaced pw ', database: 'atlas-2025', source: 'env' });
  });

  it.each(NEO4J_URI_SCHEMES.map((scheme) => [scheme]))('accepts the %s:// scheme', (scheme) => {
    expect(readNeo4jSettings({ NEO4J_URI: `${scheme}://host:7687`, NEO4J_PASSWORD: 'pw' })?.uri).toBe(`${scheme}://host:7687`);
  });

  it.each([['http://localhost:7474'], ['localhost:7687'], ['not a uri'], ['bolt://']])('rejects NEO4J_URI %j naming the variable', (uri) => {
    const error = settingsError({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' });
    expect(error.variable).toBe('NEO4J_URI');
    expect(error.message).toContain('NEO4J_URI');
  });

  it('rejects credentials inside NEO4J_URI without repeating them', () => {
    const error = settingsError({ NEO4J_URI: 'bolt://neo4j:hunter22@host:7687', NEO4J_PASSWORD: 'pw' });
    expect(error.variable).toBe('NEO4J_URI');
    expect(error.message).not.toContain('hunter22');
  });

  it('requires NEO4J_PASSWORD when NEO4J_URI is set', () => {
    const error = settingsError({ NEO4J_URI: 'bolt://host:7687' });
    expect(error.variable).toBe('NEO4J_PASSWORD');
    expect(error.message).toContain('NEO4J_PASSWORD');
  });

  it('rejects a malformed NEO4J_DATABASE', () => {
    expect(settingsError({ NEO4J_URI: 'bolt://host', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'my_db!' }).variable).toBe('NEO4J_DATABASE');
  });
});

describe('managed settings', () => {
  it('point at the loopback Bolt port as user neo4j', () => {
    expect(buildManagedSettings(17687, 'pw')).toEqual({
      uri: 'bolt://127.0.0.1:17687',
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
      source: 'managed',
    });
  });

  it('are described for logs without the password', () => {
    const text = describeNeo4jSettings(buildManagedSettings(7687, 'very-secret-pw'));
    expect(text).toContain('bolt://127.0.0.1:7687');
    expect(text).not.toContain('very-secret-pw');
  });
});
