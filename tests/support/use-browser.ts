// One Chromium and static servers for a browser suite, started in beforeAll and closed in
// afterAll, so each browser test says what it serves, not how to start and stop it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from './chromium.ts';
import { chromiumTool, missing } from './require-tool.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServeOptions {
  /** The base path the site is served under; default `/`. */
  base?: string;
  /** Response headers on every file (a CSP, say). */
  headers?: Record<string, string>;
}

export interface SiteServer {
  /** The server started in beforeAll; reading it earlier throws. */
  readonly server: StaticServer;
}

export interface BrowserSession extends SiteServer {
  /** The browser launched in beforeAll; reading it earlier throws. */
  readonly browser: Browser;
  /** Serves another folder for one test; it is closed with the suite. */
  serve: (root: string, options?: ServeOptions) => Promise<StaticServer>;
}

/**
 * A `describe` that is skipped, with a loud warning, when Chromium is missing, and that
 * fails in CI instead (see `missing`). `suite` names what cannot run.
 */
export function describeInBrowser(suite: string, title: string, body: () => void): void {
  describe.skipIf(missing(chromiumTool, suite))(title, body);
}

/** A folder, or a function that names it in beforeAll (for a folder made by an outer beforeAll). */
type Root = string | (() => string);

function serveRoot(root: Root, options: ServeOptions): Promise<StaticServer> {
  return serveStatic(typeof root === 'string' ? root : root(), options.base, options.headers);
}

/** Serves `root` for the enclosing describe. */
export function useServer(root: Root, options: ServeOptions = {}): SiteServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveRoot(root, options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useServer: the server starts in beforeAll; read it inside a test');
      return server;
    },
  };
}

/**
 * Launches Chromium for the enclosing describe and, given a `root`, serves that folder too
 * (both start together). Without a root, `server` throws; use `serve` or `useServer`.
 */
export function useBrowser(root?: Root, options: ServeOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let main: StaticServer | undefined;
  const extra: StaticServer[] = [];
  beforeAll(async () => {
    [browser, main] = await Promise.all([launchChromium(), root === undefined ? undefined : serveRoot(root, options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([main, ...extra].map((server) => server?.close()));
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser: the browser launches in beforeAll; read it inside a test');
      return browser;
    },
    get server() {
      if (!main)
        throw new Error(root === undefined ? 'useBrowser: no root was given to serve' : 'useBrowser: the server starts in beforeAll; read it inside a test');
      return main;
    },
    async serve(folder, more = {}) {
      const server = await serveStatic(folder, more.base, more.headers);
      extra.push(server);
      return server;
    },
  };
}
