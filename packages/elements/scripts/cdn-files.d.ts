/** Every element: each has a registration file (src/define/), an npm export and a CDN file. */
export declare const ELEMENTS: readonly string[];

export interface CdnFile {
  /** Its name in dist/cdn/. */
  readonly file: string;
  /** The source it is built from. */
  readonly entry: string;
  /** The tags it registers. */
  readonly elements: readonly string[];
  /** Its size budget, gzipped bytes. */
  readonly budget: number;
  /** Where the check fails for now, when the budget is a goal not yet reached. */
  readonly allowance?: number;
}

export declare const CDN_FILES: readonly CdnFile[];
