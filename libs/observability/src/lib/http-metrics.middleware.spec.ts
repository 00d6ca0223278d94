import type { Request } from 'express';
import { routeLabel } from './http-metrics.middleware';

const req = (baseUrl: string, path?: string) =>
  ({ baseUrl, ...(path === undefined ? {} : { route: { path } }) }) as unknown as Request;

describe('routeLabel', () => {
  it('names a request by its route pattern, never by its path', () => {
    expect(routeLabel(req('', '/documents/:id'))).toBe('/documents/:id');
    expect(routeLabel(req('', '/health/ready'))).toBe('/health/ready');
  });

  it('drops the trailing wildcard of a mount (GraphQL, a web app)', () => {
    expect(routeLabel(req('/graphql', '/{*path}'))).toBe('/graphql');
    expect(routeLabel(req('', '/console/*splat'))).toBe('/console');
    expect(routeLabel(req('', '/*path'))).toBe('/');
  });

  it('names what no route answered by its mount point, else "unmatched"', () => {
    expect(routeLabel(req('/portal'))).toBe('/portal');
    expect(routeLabel(req(''))).toBe('unmatched');
  });
});
