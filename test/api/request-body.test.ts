// The body rules of /graphql as http-server.ts applies them to a Node request (request-body.ts); the same rules
// for in-process Requests are tested through Yoga in test/hardening/request-limits.test.ts.
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { declaredTooLarge, decodeBody, NOT_UTF8, readNodeBody, refusalBody, tooLarge } from '../../server/request-body.ts';

/** A stand-in for an IncomingMessage: a stream with headers, written to by the test. */
function nodeRequest(headers: Record<string, string> = {}) {
  const stream = new PassThrough();
  return { stream, req: Object.assign(stream, { headers }) as unknown as IncomingMessage };
}

describe('decodeBody', () => {
  it('gives UTF-8 text as it is, CJK included', () => {
    expect(decodeBody(new TextEncoder().encode('{"query":"纺织"}'))).toEqual({ text: '{"query":"纺织"}' });
  });

  it('refuses bytes that are not UTF-8 rather than turning them into U+FFFD', () => {
    expect(decodeBody(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({ refusal: NOT_UTF8 });
  });
});

describe('declaredTooLarge', () => {
  it('is true only for a declared length over the limit', () => {
    expect(declaredTooLarge('101', 100)).toBe(true);
    expect(declaredTooLarge('100', 100)).toBe(false);
    expect(declaredTooLarge(undefined, 100)).toBe(false);
    expect(declaredTooLarge(null, 100)).toBe(false);
  });
});

describe('readNodeBody', () => {
  it('reads a body in chunks and decodes it once', async () => {
    const { stream, req } = nodeRequest();
    const reading = readNodeBody(req, 100);
    const bytes = Buffer.from('{"query":"{ 纺织 }"}');
    stream.write(bytes.subarray(0, 12)); // splits a three-byte character
    stream.end(bytes.subarray(12));
    expect(await reading).toEqual({ text: '{"query":"{ 纺织 }"}' });
  });

  it('refuses at once by Content-Length, before reading anything', async () => {
    const { req } = nodeRequest({ 'content-length': '101' });
    expect(await readNodeBody(req, 100)).toEqual({ refusal: tooLarge(100) });
  });

  it('refuses a body without a length once the count passes the limit, and stops reading', async () => {
    const { stream, req } = nodeRequest();
    const reading = readNodeBody(req, 100);
    stream.write(Buffer.alloc(60, 0x20));
    stream.write(Buffer.alloc(60, 0x20));
    expect(await reading).toEqual({ refusal: tooLarge(100) });
    expect(stream.listenerCount('data')).toBe(0);
  });

  it('refuses a body that is not UTF-8', async () => {
    const { stream, req } = nodeRequest();
    const reading = readNodeBody(req, 100);
    stream.end(Buffer.from([0x7b, 0xff, 0x7d]));
    expect(await reading).toEqual({ refusal: NOT_UTF8 });
  });

  it('rejects when the client goes away before the body ends', async () => {
    const { stream, req } = nodeRequest();
    const reading = readNodeBody(req, 100);
    stream.write('{"query"');
    stream.destroy();
    await expect(reading).rejects.toThrow(/closed before its body ended/);
  });
});

describe('refusalBody', () => {
  it('is a GraphQL error with the refusal code', () => {
    expect(JSON.parse(refusalBody(tooLarge(100)))).toEqual({
      errors: [{ message: 'Request body too large: at most 100 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });
});
