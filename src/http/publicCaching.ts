import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Cache-Control for shared caches (a CDN in front of content teams' pages): an anonymous GET
 * query answered without errors may be kept `maxAgeSeconds`; anything sent with a token, any
 * POST (mutations, or reads a CDN would not key by body) and any answer with an error is
 * `no-store`. Express adds the ETag, so a cache can revalidate cheaply.
 */
export function publicCaching(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const anonymousGet = request.http?.method === 'GET' && !request.http.headers.get('authorization');
          const failed = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
          const cacheable = anonymousGet && !failed && maxAgeSeconds > 0;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${maxAgeSeconds}` : 'no-store');
        },
      };
    },
  };
}
