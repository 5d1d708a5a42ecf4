// Request-level limits of the Yoga app, without a database: body size, body encoding, GET parameters.
import { describe, expect, it } from 'vitest';
import { createYogaApp, LIMITS } from '../../server/yoga.ts';

const reads: string[] = [];
const yoga = createYogaApp({
  client: {
    read: async <T>(query: string): Promise<T[]> => {
      reads.push(query);
      return [];
    },
  },
  logger: { error: (message) => reads.push(`logged: ${message}`) },
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** A JSON request padded to exactly `bytes`. */
function padded(bytes: number): string {
  const head = '{"query": "{ __typename }", "variables": {"pad": "';
  return `${head}${'x'.repeat(bytes - head.length - 3)}"}}`;
}

describe('request body limit', () => {
  it(`accepts a body of exactly ${LIMITS.maxBodyBytes} bytes`, async () => {
    const response = await post(padded(LIMITS.maxBodyBytes));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses one byte more with 413, by Content-Length', async () => {
    const response = await post(padded(LIMITS.maxBodyBytes + 1));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `Request body too large: at most ${LIMITS.maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a streamed body without Content-Length once it passes the limit', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(16_384));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless: the server must stop reading on its own.
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(LIMITS.maxBodyBytes + 3 * chunk.length);
  });
});

describe('request encoding and parameters', () => {
  it('refuses a body that is not UTF-8 instead of reading it as U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"query": "{ actor(id: \\"'), 0xb7, 0xc4, ...new TextEncoder().encode('\\") { key } }"}')]);
    const response = await post(bytes);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toBe('Request body is not valid UTF-8.');
  });

  it('answers 400, not 500, to GET variables that are not JSON', async () => {
    const response = await yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7Bnope`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({
      message: expect.stringMatching(/^Request parameters are not valid JSON/),
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('never reached the database or logged anything', () => {
    expect(reads).toEqual([]);
  });
});
