import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isJsonMediaType, JSON_CONTENT_TYPE, REQUEST_REFUSALS, refusalBody } from '@imis/observability';

/**
 * A POST whose Content-Type is not JSON is refused 415 UNSUPPORTED_MEDIA_TYPE with a GraphQL-shaped body,
 * as every service refuses it (@imis/observability's REQUEST_REFUSALS), before the runtime looks for a
 * parser: it would answer 415 with an empty body (text/plain, XML, multipart), or parse a form or
 * `application/graphql` body the API does not offer.
 */
export function useRequestRefusals(): GatewayPlugin {
  const { status } = REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE;
  const body = refusalBody(REQUEST_REFUSALS.UNSUPPORTED_MEDIA_TYPE);
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || isJsonMediaType(request.headers.get('content-type'))) return;
      endResponse(new fetchAPI.Response(body, { status, statusText: 'Unsupported Media Type', headers: { 'content-type': JSON_CONTENT_TYPE } }));
    },
  };
}
