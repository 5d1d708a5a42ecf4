// The request body rules of /graphql (size and encoding), shared by the two ways a request reaches Yoga: a Node
// request, whose body http-server.ts reads straight off the socket (no fetch-API stream, no copy), and an
// in-process Request (yoga.fetch), whose body the useRequestBody plugin reads. Either way the same refusals.
import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';

/** Why a body is refused: the status, the error code and, for 413, that the rest is not read. */
export interface BodyRefusal {
  status: 400 | 413;
  message: string;
  code: 'PAYLOAD_TOO_LARGE' | 'BAD_REQUEST';
  /** The unread rest of an oversized body is not drained: the connection is closed instead. */
  closeConnection: boolean;
}

/** A body that is within the size limit and UTF-8, as text; or why it is refused. */
export type BodyOutcome = { text: string } | { refusal: BodyRefusal };

export const tooLarge = (maxBytes: number): BodyRefusal => ({
  status: 413,
  message: `Request body too large: at most ${maxBytes} bytes.`,
  code: 'PAYLOAD_TOO_LARGE',
  closeConnection: true,
});

export const NOT_UTF8: BodyRefusal = { status: 400, message: 'Request body is not valid UTF-8.', code: 'BAD_REQUEST', closeConnection: false };

/** Refused at once when the declared length is over the limit (a chunked body has none: it is counted). */
export const declaredTooLarge = (contentLength: string | null | undefined, maxBytes: number): boolean =>
  contentLength != null && Number(contentLength) > maxBytes;

/**
 * The whole body as text when it is UTF-8: decoding a body that is not would silently turn it into U+FFFD, so it
 * is refused instead.
 */
export function decodeBody(bytes: Uint8Array): BodyOutcome {
  return isUtf8(bytes) ? { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') } : { refusal: NOT_UTF8 };
}

/** The JSON answer to a refused body, as Yoga would give a GraphQL error. */
export const refusalBody = (refusal: BodyRefusal): string =>
  JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });

/**
 * Reads a Node request's body, refusing one over `maxBytes` (by Content-Length at once, otherwise by counting: it
 * stops reading once the count passes the limit) or one that is not UTF-8.
 */
export function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  if (declaredTooLarge(req.headers['content-length'], maxBytes)) return Promise.resolve({ refusal: tooLarge(maxBytes) });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        cleanup();
        // Stop reading; the answer closes the connection.
        req.pause();
        resolve({ refusal: tooLarge(maxBytes) });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(decodeBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // A client that goes away mid-body: neither 'end' nor always 'error' follows.
    const onClose = () => onError(new Error('request closed before its body ended'));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
