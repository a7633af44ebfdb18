import type TestAgent from 'supertest/lib/agent';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** Talks to /graphql like the web app does (JSON, cookies kept, Accept-Language set). */
export class GraphQLClient {
  constructor(
    readonly agent: TestAgent,
    private readonly locale: 'de' | 'en',
    private readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  /** The same client (cookies included) sending one more header, e.g. `x-forwarded-for` to speak from another client address. */
  header(name: string, value: string): GraphQLClient {
    return new GraphQLClient(this.agent, this.locale, { ...this.headers, [name]: value });
  }

  async run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await this.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', this.locale)
      .set(this.headers)
      .send({ query, variables });
    return { data: res.body?.data, errors: res.body?.errors, status: res.status, headers: res.headers };
  }

  /** Runs and fails the test with the server's message when there is an error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.run<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Runs and answers the first error's code and message (fails when there is none). */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<{ code?: string; message: string; extensions?: Record<string, unknown> }> {
    const res = await this.run(query, variables);
    const first = res.errors?.[0];
    if (!first) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return { code: first.extensions?.code, message: first.message, extensions: first.extensions };
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.ok(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password } });
  }
}
