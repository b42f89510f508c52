/**
 * What every zod parse in core passes. Core builds its schemas with zod/mini, whose objects parse
 * without compiling anything; only classic zod's objects compile a parser with `new Function`,
 * and they skip that when the parse asks (`jitless`). Asking on each parse keeps core usable on
 * pages whose Content-Security-Policy forbids eval, without `config({ jitless: true })`, which
 * would switch off compilation for the host application's own zod schemas too.
 */
export const WITHOUT_EVAL = { jitless: true } as const;
