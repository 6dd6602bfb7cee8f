// Eleventy 3 ships no TypeScript types; this declares only the programmatic API render-site.ts uses.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: { addGlobalData: (name: string, value: unknown) => void; ignores: { add: (glob: string) => void } }) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
