/** The version of the directory format this library writes; it reads any document of the same major version. */
export const SCHEMA_VERSION = '1.0';
