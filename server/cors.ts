// Which browser origins may read API responses: the server's own origin, plus the ones listed in CORS_ORIGINS
// (comma-separated, e.g. `https://atlas.example.org,http://localhost:5173`; `*` allows any). Other origins get
// no CORS headers, so browsers withhold the response from their pages. The API is read-only and uses no
// cookies, so this guards what other sites can read, not what they can change.
import type { CORSOptions } from 'graphql-yoga';

/** Thrown for a CORS_ORIGINS entry that is not a bare origin (scheme://host[:port]). */
export class CorsOriginsError extends Error {
  override name = 'CorsOriginsError';
}

export function readCorsOrigins(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    if (entry === '*') return entry;
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = undefined;
    }
    // `new URL('https://a.org/path').origin` drops the path: insist on the bare origin so typos show up.
    if (origin === undefined || origin === 'null' || origin !== entry.replace(/\/$/, '')) {
      throw new CorsOriginsError(`CORS_ORIGINS entry "${entry}" is not an origin such as https://atlas.example.org or http://localhost:5173.`);
    }
    return origin;
  });
}

/** Yoga's per-request CORS options: headers for allowed origins, none (false) for the rest. */
export function corsOptionsFor(request: Request, allowed: readonly string[]): CORSOptions {
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const own = new URL(request.url).origin;
  if (origin !== own && !allowed.includes(origin) && !allowed.includes('*')) return false;
  return {
    origin: [origin],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  };
}
