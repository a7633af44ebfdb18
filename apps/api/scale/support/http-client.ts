import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * A small HTTP(S) client for the processes the scale test starts: each target is an instance
 * (plain HTTP on loopback) or the nginx in front of them (HTTPS with a certificate made for the
 * run, checked against its own CA and host name). No keep-alive: every request opens a connection
 * of its own, so nginx chooses an upstream for each one.
 */
export interface Target {
  name: string;
  url: string;
  /** For HTTPS: the PEM the server certificate is checked against, and the name it is issued to. */
  tls?: { ca: string; servername: string };
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json<T = Record<string, unknown>>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
}

export function send(target: Target, path: string, options: RequestOptions = {}): Promise<Answer> {
  const url = new URL(path, target.url);
  const body = typeof options.body === 'string' ? Buffer.from(options.body, 'utf8') : options.body;
  const headers: Record<string, string> = { connection: 'close', ...options.headers };
  if (body) headers['content-length'] = String(body.length);
  if (target.tls) headers['host'] = target.tls.servername;
  return new Promise((resolve, reject) => {
    const common = { method: options.method ?? 'GET', hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers, agent: false as const };
    const req = target.tls
      ? httpsRequest({ ...common, ca: target.tls.ca, servername: target.tls.servername })
      : httpRequest(common);
    req.setTimeout(options.timeoutMs ?? 60_000, () => req.destroy(new Error(`${options.method ?? 'GET'} ${path} on ${target.name}: no answer within ${options.timeoutMs ?? 60_000} ms`)));
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const data = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: data,
          json: <T>() => JSON.parse(data.toString('utf8')) as T,
        });
      });
    });
    req.end(body);
  });
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A signed-in person: the session cookie works on every instance (sessions live in PostgreSQL),
 * so each call names the target it goes to.
 */
export class Session {
  constructor(readonly cookie: string) {}

  async run<T>(target: Target, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody<T> & { status: number }> {
    const res = await send(target, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...res.json<GraphQLBody<T>>() };
  }

  async ok<T>(target: Target, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.run<T>(target, query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL on ${target.name} (HTTP ${res.status}): ${JSON.stringify(res.errors ?? res)}`);
    return res.data;
  }

  get(target: Target, path: string): Promise<Answer> {
    return send(target, path, { headers: { cookie: this.cookie } });
  }

  post(target: Target, path: string, headers: Record<string, string>, body: Buffer): Promise<Answer> {
    return send(target, path, { method: 'POST', headers: { ...headers, cookie: this.cookie }, body });
  }

  static async signIn(target: Target, email: string, password: string): Promise<Session> {
    const res = await send(target, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { email, password } } }),
    });
    const body = res.json<GraphQLBody<{ signIn: { id: string } }>>();
    if (!body.data?.signIn) throw new Error(`Sign-in of ${email} on ${target.name} failed (HTTP ${res.status}): ${JSON.stringify(body.errors)}`);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return new Session(cookies.map((c) => c.split(';')[0]).join('; '));
  }
}
