import type { Issue } from './issue.js';

/** A short description of a value, for "… but it is …" messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text ${JSON.stringify(truncate(value, 60))}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
};

/**
 * Plain English for one zod issue, without the path (the caller prints that). zod's own messages
 * are written for developers; a volunteer maintainer should read what to change.
 */
export function describeIssue(issue: Issue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'a value';
      if (input === undefined) return `is missing; expected ${expected}.`;
      return `should be ${expected}, but it is ${describeValue(input)}.`;
    }
    case 'too_small':
      return describeBound(issue, 'small', input);
    case 'too_big':
      return describeBound(issue, 'big', input);
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return `is ${describeValue(input)}, which is not allowed; expected one of ${allowed}.`;
    }
    case 'invalid_format':
      // Our format checks carry their own advice ("Use an https:// link …"); say what was found first.
      return `is ${describeValue(input)}. ${ensureSentence(issue.message)}`;
    case 'custom':
      return ensureSentence(issue.message);
    case 'unrecognized_keys':
      return `has fields this version does not know: ${(issue.keys ?? []).join(', ')}.`;
    case 'invalid_union':
      return `is ${describeValue(input)}, which matches none of the accepted forms.`;
    default:
      return ensureSentence(issue.message);
  }
}

function describeBound(issue: Issue, side: 'small' | 'big', input: unknown): string {
  const limit = Number(side === 'small' ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string': {
      if (side === 'small' && limit <= 1) return 'is empty; expected some text.';
      const length = typeof input === 'string' ? ` (${input.length} characters)` : '';
      return side === 'small'
        ? `is too short${length}; expected at least ${limit} characters.`
        : `is too long${length}; at most ${limit} characters are allowed.`;
    }
    case 'array': {
      const count = Array.isArray(input) ? ` (${input.length})` : '';
      return side === 'small'
        ? `has too few items${count}; expected at least ${limit}.`
        : `has too many items${count}; at most ${limit} are allowed.`;
    }
    default: {
      const got = typeof input === 'number' ? ` (it is ${input})` : '';
      const bound = issue.inclusive === false ? (side === 'small' ? 'more than' : 'less than') : side === 'small' ? 'at least' : 'at most';
      return `should be ${bound} ${limit}${got}.`;
    }
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function ensureSentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
