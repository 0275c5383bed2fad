import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

/**
 * What a browser gets on GET /graphql. Disabled for now: Apollo's default page loads its UI from a CDN,
 * which this service must not depend on. An offline GraphiQL replaces this one function.
 */
export function landingPagePlugin(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageDisabled();
}
