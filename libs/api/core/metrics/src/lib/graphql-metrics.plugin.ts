import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind } from 'graphql';
import { Metrics } from './metrics.service';

/**
 * Counts and times every GraphQL request (Apollo plugin, found by Nest through `@Plugin()`). The
 * operation label is the root field the request asks for (`signIn`, `cohort`): a name from the
 * schema, so a client cannot grow the label set by inventing operation names. Requests that never
 * got that far (unparsable, invalid) are counted as `(invalid)`.
 */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    let operation = '(invalid)';
    let type = 'unknown';
    let failed = false;
    return {
      async didResolveOperation({ operation: definition }) {
        if (!definition) return;
        type = definition.operation;
        const fields = definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
        operation = fields.length === 1 ? fields[0] : fields.length === 0 ? '(fragments)' : '(several)';
      },
      async didEncounterErrors({ errors }) {
        failed = true;
        for (const error of errors) metrics.graphqlErrors.inc({ code: Metrics.errorCode(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') });
      },
      async willSendResponse() {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.graphqlRequests.inc({ operation, type, outcome: failed ? 'error' : 'ok' });
        metrics.graphqlDuration.observe({ operation, type }, seconds);
      },
    };
  }
}
