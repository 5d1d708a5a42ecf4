// Sends an AdversarialRequest in-process (yoga.fetch) or over a raw socket, and judges the answer.
import net from 'node:net';
import type { YogaApp } from '../../server/yoga.ts';
import type { AdversarialRequest } from './adversarial-requests.ts';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
}

export async function sendInProcess(yoga: YogaApp, request: AdversarialRequest): Promise<Answer> {
  const started = performance.now();
  const response = await yoga.fetch(`http://yoga${request.path}`, {
    method: request.method,
    // A copy: the fetch implementation may add headers (content-length) to the object it is given.
    headers: { ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body as BodyInit }),
  });
  const body = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), body, ms: performance.now() - started };
}

/**
 * HTTP/1.1 written by hand, so that anything goes: any method and request target, a Host that is not a host,
 * chunked bodies, bytes that are not UTF-8. The server may answer (413, say) and close before the body is
 * all sent; the answer still counts.
 */
export function sendRaw(port: number, request: AdversarialRequest, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body) : Buffer.from(request.body);
  const lines = [`${request.method} ${request.raw?.requestTarget ?? request.path} HTTP/1.1`, `Host: ${request.raw?.host ?? `127.0.0.1:${port}`}`, 'Connection: close'];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  if (body !== undefined) lines.push(request.raw?.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);

  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const answer = parseResponse(Buffer.concat(received));
      if (answer) resolve({ ...answer, ms: performance.now() - started });
      else reject(new Error(`no HTTP response to ${request.name} (${received.length ? 'unparseable' : 'connection closed without one'})`));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new Error(`no answer to ${request.name} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('end', finish);
    socket.on('close', finish);
    // EPIPE/ECONNRESET while we are still sending a body the server already refused.
    socket.on('error', () => finish());
    socket.on('connect', () => {
      socket.write(head);
      if (body === undefined) return;
      if (!request.raw?.chunked) {
        socket.write(body);
        return;
      }
      for (let offset = 0; offset < body.length; offset += 16_384) {
        const chunk = body.subarray(offset, offset + 16_384);
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write('\r\n');
      }
      socket.write('0\r\n\r\n');
    });
  });
}

function parseResponse(bytes: Buffer): Omit<Answer, 'ms'> | undefined {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine, ...headerLines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1];
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(headEnd + 4);
  if (headers['transfer-encoding']?.includes('chunked')) {
    const parts: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', offset);
      if (lineEnd < 0) break;
      const size = Number.parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
      if (!Number.isFinite(size) || size === 0) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status: Number(status), headers, body: body.toString('utf8') };
}

/** Words of our Cypher that must never reach a client unless the client sent them itself. */
const CYPHER_WORDS = /\b(MATCH|UNWIND|RETURN|MERGE|DETACH|DELETE|CREATE|OPTIONAL|YIELD|CALL|WITH|WHERE|collect|queryNodes)\b/g;
const STACK_TRACE = /\n\s+at |\bat [\w$.<>]+ \(|\.(ts|js|mjs|cjs):\d+|node_modules/;
const INTERNALS = /Neo4j|neo4j|Neo\.|bolt:\/\/|Cypher|127\.0\.0\.1:\d{4,5}/g;

/** What is wrong with the answer to a request; empty when it is as it should be. */
export function judgeAnswer(request: AdversarialRequest, answer: Answer, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  const sent = `${request.path} ${JSON.stringify(request.headers)} ${request.body === undefined ? '' : Buffer.from(request.body).toString('utf8')}`;
  let json: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
  try {
    json = JSON.parse(answer.body);
  } catch {
    json = undefined;
  }
  const errors = json?.errors ?? [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (request.expect === 'refused') {
    const refused = (answer.status >= 400 && answer.status < 500) || (answer.status === 200 && errors.length > 0);
    if (!refused) problems.push(`not refused: status ${answer.status}, ${errors.length} errors`);
  } else if (answer.status !== 200 || errors.length > 0 || json?.data == null) {
    problems.push(`not answered: status ${answer.status}, errors ${JSON.stringify(errors.map((e) => e.message))}`);
  }
  for (const error of errors) {
    if (typeof error.message !== 'string' || error.message === '') problems.push('error without a message');
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${error.message}`);
  }
  if (STACK_TRACE.test(answer.body)) problems.push('stack trace in the response');
  for (const word of new Set(answer.body.match(CYPHER_WORDS) ?? [])) {
    if (!sent.includes(word)) problems.push(`Cypher word ${word} in the response`);
  }
  for (const word of new Set(answer.body.match(INTERNALS) ?? [])) {
    if (!sent.includes(word)) problems.push(`${word} in the response`);
  }
  for (const secret of secrets) if (answer.body.includes(secret)) problems.push('a secret in the response');
  return problems;
}
