import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { Permission } from '@press-award/contracts';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from './decorators/access.decorators';

export interface RouteAccess {
  method: string;
  path: string;
  access: 'public' | Permission | 'UNDECLARED';
}

const join = (...parts: string[]) =>
  `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/**
 * Every route of the application with the access it declares, read from the route metadata. The
 * permission snapshot test and (later) the role × endpoint security matrix are built on this.
 */
export function listRouteAccess(app: INestApplication, prefix: string): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const isPublic =
          Reflect.getMetadata(PUBLIC_ROUTE, handler) ??
          Reflect.getMetadata(PUBLIC_ROUTE, controller);
        const permission =
          Reflect.getMetadata(REQUIRED_PERMISSION, handler) ??
          Reflect.getMetadata(REQUIRED_PERMISSION, controller);
        routes.push({
          method: RequestMethod[method],
          path: join(prefix, base, path),
          access: isPublic ? 'public' : (permission ?? 'UNDECLARED'),
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
