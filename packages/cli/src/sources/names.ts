/** The names a directory folder's own file may have. */
export const ENVELOPE_NAMES = ['directory.yaml', 'directory.yml'];
