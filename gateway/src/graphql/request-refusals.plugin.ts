import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isJsonMediaType, JSON_CONTENT_TYPE, REQUEST_REFUSALS, refusalBody } from '@imis/observability';

/** The GraphQL document as the whole body: the runtime reads it, and the gateway has always taken it. */
const GRAPHQL_MEDIA_TYPE = 'application/graphql';

/**
 * A POST whose Content-Type is neither JSON nor `application/graphql` is refused 415 UNSUPPORTED_MEDIA_TYPE
 * with a GraphQL-shaped body, as every service refuses it (@imis/observability's REQUEST_REFUSALS), before
 * the runtime looks for a parser: it would answer 415 with an empty body (text/plain, XML, multipart), or
 * read a form the API does not offer.
 */
export function useRequestRefusals(): GatewayPlugin {
  const { status } = REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE;
  const body = refusalBody(REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE);
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      const contentType = request.headers.get('content-type');
      if (request.method !== 'POST' || isJsonMediaType(contentType) || contentType?.split(';')[0]?.trim().toLowerCase() === GRAPHQL_MEDIA_TYPE) return;
      endResponse(new fetchAPI.Response(body, { status, statusText: 'Unsupported Media Type', headers: { 'content-type': JSON_CONTENT_TYPE } }));
    },
  };
}
