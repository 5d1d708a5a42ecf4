/**
 * Which Neo4j RegAtlas talks to, read from the environment. Pure: no I/O, no driver.
 *
 * NEO4J_URI set → an existing server (local, Aura, cluster) and nothing is provisioned.
 * NEO4J_URI unset → `readNeo4jSettings` returns null and the caller falls back to the project-managed
 * server (see local-neo4j.ts), whose settings are built by `buildManagedSettings`.
 */

export type Neo4jSettingsSource = 'env' | 'managed';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: Neo4jSettingsSource;
}

export type Neo4jEnv = Readonly<Record<string, string | undefined>>;

/** A setting is missing or malformed; the message names the variable to fix. */
export class Neo4jSettingsError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'Neo4jSettingsError';
  }
}

export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** Neo4j 5 database names: 3–63 characters, a letter first, then letters, digits, dots and dashes. */
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

/** An unset variable and an empty one (`NEO4J_URI=` in a .env file) mean the same thing. */
function readVariable(env: Neo4jEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function readNeo4jSettings(env: Neo4jEnv): Neo4jSettings | null {
  const rawUri = readVariable(env, 'NEO4J_URI');
  if (rawUri === undefined) return null;
  const uri = validateNeo4jUri(rawUri);

  // The password is not trimmed: leading or trailing spaces may be part of it.
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new Neo4jSettingsError(
      'NEO4J_PASSWORD',
      `NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not: set NEO4J_PASSWORD (and NEO4J_USER if not "${DEFAULT_NEO4J_USER}") ` +
        'to the credentials of that server, or unset NEO4J_URI to use the project-managed Neo4j.',
    );
  }

  const database = readVariable(env, 'NEO4J_DATABASE') ?? DEFAULT_NEO4J_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new Neo4jSettingsError(
      'NEO4J_DATABASE',
      `NEO4J_DATABASE "${database}" is not a valid Neo4j database name ` +
        '(3–63 characters: a letter, then letters, digits, dots or dashes).',
    );
  }

  return {
    uri,
    user: readVariable(env, 'NEO4J_USER') ?? DEFAULT_NEO4J_USER,
    password,
    database,
    source: 'env',
  };
}

/** Returns the URI unchanged when valid; otherwise throws naming NEO4J_URI (without echoing any credentials). */
export function validateNeo4jUri(uri: string): string {
  const expected = `expected ${NEO4J_URI_SCHEMES.map((s) => `${s}://`).join(', ')}, e.g. bolt://127.0.0.1:7687 or neo4j+s://<id>.databases.neo4j.io`;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new Neo4jSettingsError('NEO4J_URI', `NEO4J_URI "${uri}" is not a URI: ${expected}.`);
  }
  if (parsed.username || parsed.password) {
    throw new Neo4jSettingsError(
      'NEO4J_URI',
      'NEO4J_URI must not contain credentials: put them in NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (!(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
    throw new Neo4jSettingsError('NEO4J_URI', `NEO4J_URI "${uri}" has scheme "${scheme}://": ${expected}.`);
  }
  if (!parsed.hostname) {
    throw new Neo4jSettingsError('NEO4J_URI', `NEO4J_URI "${uri}" has no host: ${expected}.`);
  }
  return uri;
}

export function buildManagedSettings(port: number, password: string): Neo4jSettings {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: DEFAULT_NEO4J_USER,
    password,
    database: DEFAULT_NEO4J_DATABASE,
    source: 'managed',
  };
}

/** For logs: everything except the password. */
export function describeNeo4jSettings(settings: Pick<Neo4jSettings, 'uri' | 'user' | 'database'>): string {
  return `${settings.uri} as "${settings.user}", database "${settings.database}"`;
}
