// The bench as one script for the page: esbuild bundles this into an IIFE named `psBench`.
export { load, run, ENGINES, SIZES } from './suite.js';
