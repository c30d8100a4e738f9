/** The slice of @11ty/eleventy-dev-server's API `npm start` uses (the package ships no types). */
declare module "@11ty/eleventy-dev-server" {
  export interface DevServerOptions {
    port?: number;
    /** URL path the site is served under, like --base-path. */
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    messageOnStart?: (info: { localhostUrl: string }) => string | false;
  }
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** Tells connected browsers to reload; with no templates they reload the whole page. */
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
