// @11ty/eleventy-img 6 ships no type declarations; this covers only the API the project uses.
// https://www.11ty.dev/docs/plugins/image/
declare module "@11ty/eleventy-img" {
  export interface ImageOptions {
    widths: (number | "auto")[];
    formats: string[];
    outputDir: string;
    urlPath: string;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpJpegOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
    transform?: (image: import("sharp").Sharp) => unknown;
  }

  export interface ImageOutput {
    url: string;
    width: number;
    height: number;
    size: number;
    outputPath: string;
  }

  export default function Image(
    src: string,
    options: ImageOptions,
  ): Promise<Record<string, ImageOutput[]>>;
}
