/**
 * The OpenAPI 3.1 document at /api/openapi.json, generated from the same zod schemas that
 * validate requests (query strings, the submitted article) and define the extraction.
 */
import { z } from 'zod';
import { ExtractionSchema } from '../core/schema.js';
import { API_ERRORS } from './errors.js';
import { ArticleInputSchema, FilterQuerySchema, ListQuerySchema, SearchQuerySchema } from './query.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType): Json {
  const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

function paramsOf(s: z.ZodObject): Json[] {
  const json = schemaOf(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name, in: 'query', required: json.required?.includes(name) ?? false,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}), schema,
  }));
}

const errorResponse = { description: 'an error with a stable code', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, schema: Json = { type: 'object' }, type = 'application/json') => ({ description, content: { [type]: { schema } } });
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,80}$' } });

export function openApiDocument(version: string): Json {
  const listParams = paramsOf(ListQuerySchema);
  const filterParams = paramsOf(FilterQuerySchema);
  const errors = { 400: errorResponse, 429: errorResponse };
  return {
    openapi: '3.1.0',
    info: {
      title: 'eventwire API', version,
      description: 'Events extracted from news articles, every value with its evidence (character offsets into the article text). '
        + 'Answers carry an ETag (send If-None-Match for 304) and are gzipped on request. Errors are JSON {error: {code, message, issues?}}.',
    },
    paths: {
      '/api/events': { get: { summary: 'events, filtered and paginated', parameters: listParams, responses: { 200: ok('a page of event rows', { $ref: '#/components/schemas/Page' }), ...errors } } },
      '/api/events/{id}': { get: { summary: 'one event row (id = articleId:eventId) with its extracted event', parameters: [idParam('id', 'articleId:eventId')], responses: { 200: ok('the event'), 404: errorResponse } } },
      '/api/incidents': { get: { summary: 'incidents (events at one place, day and type, across articles)', parameters: listParams, responses: { 200: ok('a page of incidents', { $ref: '#/components/schemas/Page' }), ...errors } } },
      '/api/incidents/{id}': { get: { summary: 'one incident with its events, sources side by side and contradictions', parameters: [idParam('id', 'incident id')], responses: { 200: ok('the incident'), 404: errorResponse } } },
      '/api/articles/{id}': { get: { summary: 'one article: its text and its extraction, every value with offsets into the text', parameters: [idParam('id', 'article id')], responses: { 200: ok('the article', { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, extraction: { $ref: '#/components/schemas/Extraction' }, incidents: { type: 'array', items: { type: 'string' } } } }), 404: errorResponse } } },
      '/api/articles': {
        post: {
          summary: 'submit an article (only when the server has a token; send it as Authorization: Bearer TOKEN)',
          requestBody: { required: true, content: { 'application/json': { schema: schemaOf(ArticleInputSchema) } } },
          responses: { 201: ok('the extraction', { $ref: '#/components/schemas/Extraction' }), 400: errorResponse, 401: errorResponse, 403: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse, 429: errorResponse },
        },
      },
      '/api/facets': { get: { summary: 'counts by type, country and day (the day counts ignore from/to)', parameters: filterParams, responses: { 200: ok('facets'), ...errors } } },
      '/api/points': { get: { summary: 'located events in columns for the map (lat, lon, type index, killed, day, article, event)', parameters: filterParams, responses: { 200: ok('points'), ...errors } } },
      '/api/points.bin': { get: { summary: 'the same points in binary columns (src/api/points-binary.ts), for the dashboard', parameters: filterParams, responses: { 200: ok('binary columns', { type: 'string', format: 'binary' }, 'application/octet-stream'), ...errors } } },
      '/api/search': { get: { summary: 'full-text search of article texts', parameters: paramsOf(SearchQuerySchema), responses: { 200: ok('hits with snippets and highlight offsets'), ...errors } } },
      '/api/export/acled.csv': { get: { summary: 'ACLED-style CSV of the filtered events', parameters: filterParams, responses: { 200: ok('CSV', { type: 'string' }, 'text/csv'), ...errors } } },
      '/api/export/events.geojson': { get: { summary: 'GeoJSON FeatureCollection of the filtered, located events', parameters: filterParams, responses: { 200: ok('GeoJSON', { type: 'object' }, 'application/geo+json'), ...errors } } },
      '/api/health': { get: { summary: 'liveness and catalog size', responses: { 200: ok('ok') } } },
    },
    components: {
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: Object.keys(API_ERRORS) }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } } } },
        },
        Page: { type: 'object', required: ['total', 'limit', 'offset', 'items'], properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: { type: 'object' } } } },
        Extraction: schemaOf(ExtractionSchema),
      },
    },
  };
}
