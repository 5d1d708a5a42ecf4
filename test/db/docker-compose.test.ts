import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readLocalNeo4jOptions } from '../../server/db/local-neo4j-config.ts';
import { Neo4jSettingsError, readNeo4jSettings } from '../../server/db/neo4j-settings.ts';

const root = new URL('../../', import.meta.url);
const composeText = readFileSync(new URL('docker-compose.yml', root), 'utf8');
const envExample = readFileSync(new URL('.env.example', root), 'utf8');

interface ComposeService {
  image: string;
  restart?: string;
  environment: Record<string, string>;
  ports: string[];
  volumes: string[];
  healthcheck: { test: string[] | string; interval?: string };
}
const compose = parse(composeText) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
const neo4j = compose.services.neo4j!;

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}`; `$${…}` is escaped and expanded inside the container instead. */
const composeVariables = [...new Set([...composeText.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]!))];
const documentedVariables = new Set([...envExample.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

/** Whether the settings code reacts to a variable: its output changes, or it rejects the value naming it. */
function isReadByCode(name: string): boolean {
  const base = { NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'base-password' };
  const read = (env: Record<string, string>) => {
    try {
      return JSON.stringify([readNeo4jSettings(env), readLocalNeo4jOptions(env, '/srv/regatlas')]);
    } catch (error) {
      if (error instanceof Neo4jSettingsError && error.variable === name) return `rejected ${name}`;
      throw error;
    }
  };
  return read(base) !== read({ ...base, [name]: '7777' });
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community and restarts it unless stopped', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.restart).toBe('unless-stopped');
  });

  it('takes the credentials from NEO4J_USER and a required NEO4J_PASSWORD', () => {
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^\$\{NEO4J_USER:-neo4j\}\/\$\{NEO4J_PASSWORD:\?[^}]*\}$/);
  });

  it('publishes only Bolt, only on the loopback interface', () => {
    expect(neo4j.ports).toEqual(['127.0.0.1:${REGATLAS_NEO4J_PORT:-7687}:7687']);
  });

  it('keeps /data in a named volume', () => {
    const [source, target] = neo4j.volumes[0]!.split(':');
    expect(target).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(source);
  });

  it('has a cypher-shell healthcheck', () => {
    const test = Array.isArray(neo4j.healthcheck.test) ? neo4j.healthcheck.test.join(' ') : neo4j.healthcheck.test;
    expect(test).toContain('cypher-shell');
    expect(test).toContain('RETURN 1');
  });

  it('uses only variables that .env.example documents and the code reads', () => {
    expect(composeVariables.length).toBeGreaterThan(0);
    for (const name of composeVariables) {
      expect(documentedVariables, name).toContain(name);
      expect(isReadByCode(name), name).toBe(true);
    }
  });
});

describe('.env.example', () => {
  it('documents every Neo4j setting the code reads, and PORT for the API', () => {
    const expected = [
      'NEO4J_URI',
      'NEO4J_USER',
      'NEO4J_PASSWORD',
      'NEO4J_DATABASE',
      'REGATLAS_NEO4J_HOME',
      'REGATLAS_NEO4J_PORT',
      'REGATLAS_NEO4J_HEAP',
      'REGATLAS_NEO4J_PAGECACHE',
    ];
    for (const name of expected) {
      expect(documentedVariables, name).toContain(name);
      expect(isReadByCode(name), name).toBe(true);
    }
    expect(documentedVariables).toContain('PORT');
    expect(envExample).toMatch(/^#?\s*PORT=4000$/m);
  });
});
