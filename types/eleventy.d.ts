// Eleventy 3.1 ships no type declarations; this covers only the API the project uses.
// https://www.11ty.dev/docs/programmatic/ and https://www.11ty.dev/docs/config/
declare module "@11ty/eleventy" {
  export interface UserConfig {
    setInputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(
      name: string,
      filter: (this: { page: { url: string } }, ...args: never[]) => unknown,
    ): void;
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: unknown } }, content: string) => string,
    ): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    setServerOptions(options: Record<string, unknown>): void;
    /** https://www.11ty.dev/docs/events/ ("eleventy.engine.njk" hands over the Nunjucks library). */
    on(event: string, listener: (argument: never) => unknown): void;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    runMode?: "build" | "watch" | "serve";
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    init(): Promise<void>;
    /** Resolves once watching; the function it returns queues a rebuild for a changed path. */
    watch(): Promise<(path: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    /**
     * Eleventy's holder of the dev server (src/EleventyServe.js, made by init()). Its
     * `getServerModule` chooses the server class; the preview replaces it to bind one address.
     */
    eleventyServe: {
      getServerModule(name?: string): Promise<{
        getServer(name: string, dir: string, options: Record<string, unknown>): unknown;
      }>;
    };
  }
}
