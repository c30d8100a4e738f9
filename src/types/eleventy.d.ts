/** The slice of Eleventy's programmatic API this project uses (Eleventy ships no types). */
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    pathPrefix?: string;
    /** Render without writing files (transforms still run). */
    dryRun?: boolean;
    config?: (eleventyConfig: EleventyUserConfig) => void | Promise<void>;
  }
  /** Eleventy's configuration API (only the methods called here are typed). */
  export interface EleventyUserConfig {
    addExtension(extensions: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    setTemplateFormats(formats: string[]): void;
    setLibrary(engine: string, library: { render(input: string, data?: unknown): string }): void;
    addGlobalData(name: string, value: unknown): void;
    setQuietMode(quiet: boolean): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    /** A template Eleventy does not read from disk: its text, or for a JavaScript template its module's exports. */
    addTemplate(virtualPath: string, content: string | object, data: Record<string, unknown>): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addTransform(name: string, fn: (this: { page: { url: string; outputPath: string | false } }, content: string) => string | Promise<string>): void;
    addCollection(name: string, fn: (api: unknown) => unknown): void;
    /** Input paths (or globs) Eleventy does not process. */
    ignores: Set<string>;
    [other: string]: unknown;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
    setIncrementalBuild(enabled: boolean): void;
  }
}
