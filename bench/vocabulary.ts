// Words and blocks of the five real seeds (/work/shared/corpus/seeds), verbatim where the seeds have
// them, plus a few stacks and problems in the same house style so that corpora are not one article
// repeated. Every paragraph ends with `.`; every code line matches the spec's code-line rule (§2, rule 7).

export interface Stack {
  readonly name: string;
  /** the second `stack` item and the `area` entity */
  readonly area: string;
  readonly language: string;
  readonly tools: readonly string[];
  /** unfenced code blocks (each line a code line; '' = a blank line inside the block) */
  readonly code: readonly (readonly string[])[];
}

const PYTHON_CODE = [
  ['from fastapi import FastAPI', 'app = FastAPI()', '', "@app.get('/health')", 'def health():', "    return {'ok': True}"],
  ['import logging', 'logger = logging.getLogger(__name__)', 'def handle(event):', "    logger.info('event received', extra={'id': event.id})", '    return process(event)'],
];
const PHP_CODE = [
  ['<?php', "add_action('init', function () {", "    wp_cache_delete('settings', 'options');", '});'],
  ['<?php', "$timeout = (int) getenv('APP_TIMEOUT');", 'function health_check() {', "    return ['ok' => true];", '}'],
];
const JS_CODE = [
  ["const express = require('express');", 'const app = express();', "app.get('/health', (req, res) => {", '    res.json({ ok: true });', '});'],
  ['function withTimeout(promise, ms) {', '    return Promise.race([promise, sleep(ms)]);', '}'],
];
const SHELL_CODE = [["$ git tag -a v1.4.2 -m 'release'", '$ git push origin v1.4.2']];

export const STACKS: readonly Stack[] = [
  { name: 'python services', area: 'backend', language: 'python', tools: ['fastapi', 'pytest', 'uvicorn', 'ruff', 'git', 'logs'], code: [...PYTHON_CODE, ...SHELL_CODE] },
  { name: 'php applications', area: 'backend', language: 'php', tools: ['composer', 'phpunit', 'php-fpm', 'git'], code: [...PHP_CODE, ...SHELL_CODE] },
  { name: 'node services', area: 'backend', language: 'javascript', tools: ['npm', 'jest', 'express', 'eslint', 'git'], code: [...JS_CODE, ...SHELL_CODE] },
  { name: 'wordpress sites', area: 'cms', language: 'php', tools: ['wp-cli', 'composer', 'redis', 'git'], code: PHP_CODE },
];

export const PROBLEMS: readonly string[] = [
  'making logs useful during incidents', 'building practical monitoring checks', 'making service health visible',
  'cleaning up legacy configuration', 'reducing slow database queries', 'keeping background jobs reliable',
];

export const SCENARIOS: readonly string[] = [
  'during a production cleanup', 'while keeping the admin area responsive', 'behind a cdn', 'for developer documentation',
  'after a hosting migration', 'under heavy editorial traffic',
];

/** `{p}` problem, `{s}` stack */
export const TITLES: readonly string[] = [
  'production checklist for {p} in {s}', 'field notes on {p} for {s}', 'how to handle {p} in {s}', 'a practical guide to {p} in {s}',
];

/** `{p}` problem, `{s}` stack, `{c}` scenario */
export const INTROS: readonly string[] = [
  'a reliable {s} setup is less about clever code and more about repeatable habits. in this guide, we look at {p} {c} and keep the steps focused on production work.',
  'many teams notice {p} only after traffic, content, or deploy frequency increases. this article explains how to review the issue in a {s} project and make the fix easier to maintain.',
  'this is a field note for developers who want a calm, readable solution. the focus is {p} in {s} {c}, with checks that can be reused later.',
];

export const CHECKLIST_HEADING = 'implementation checklist';
export const FINAL_HEADING = 'final notes';

/** Section headings of the vocabulary (without the checklist and final notes) and their paragraphs. */
export const SECTIONS: Readonly<Record<string, readonly string[]>> = {
  'production checks': [
    'large content sites need predictable background work. queues, cron events, and import scripts should be idempotent, logged, and safe to run again. that makes recovery much easier when a request stops halfway through.',
    'database changes need extra care. check the existing indexes, inspect the query plan, and test the migration on a copy of real data. the fastest query in development can still become the slowest request in production.',
    'monitoring should answer simple questions quickly: is the service up, is it slow, are jobs failing, and did the last deployment change anything. dashboards are useful only when the signals are easy to understand during pressure.',
    'cache rules should be written for people who will debug them later. name the rule, document the bypass conditions, and include examples of pages that should and should not be cached.',
  ],
  'the practical approach': [
    'keep the implementation boring on purpose. a clear function name, a small configuration array, and one predictable code path will usually survive future maintenance better than a clever abstraction that only one developer understands.',
    'developer experience also matters. if the setup requires five manual steps, put those steps in a command, a make target, or a short runbook. small automation saves time every time the project is moved to another machine.',
    'treat staging as a rehearsal, not just a place to click around. copy the important configuration, test the real deployment command, and confirm that a rollback can be executed without searching through old notes.',
    'when the feature touches user input, validate at the boundary and keep error messages specific. a good error message should explain what failed, what value was expected, and whether the request can be retried safely.',
  ],
  'why this matters': [
    'for performance work, change one variable at a time. measure the before state, apply the smallest safe change, clear only the cache that matters, and compare the result. this avoids confusing a lucky cache hit with a real fix.',
    'the first useful improvement is usually visibility. collect the response time, error rate, cache status, and database call count before changing code. if those numbers are not available, add a lightweight log line or health check instead of guessing.',
    'start by writing down what the system currently does. include the route, the expected input, the slow query or failing command, and the exact place where the user notices the problem. this small baseline prevents random changes and makes the final result easier to verify.',
  ],
  'security and maintenance notes': [
    'security hardening works best as a checklist. confirm permissions, secrets, headers, upload limits, and logging. do not hide security settings inside unrelated code because future reviewers will miss them.',
    'a good production pattern has a small surface area. it should be easy to test, easy to disable, and easy to explain to another developer in a few minutes.',
  ],
};

export const FINAL_PARAGRAPH =
  'the best result is not only a faster or cleaner {s} implementation. it is a change that another developer can inspect, understand, and safely repeat. keep the final commands, metrics, and assumptions close to the article so future maintenance is easier.';

/** Sentences the seeds append to a paragraph. */
export const SUFFIXES: readonly string[] = [
  'for this {s} case, keep the owner, expected result, and rollback note in the same place.',
  'the alphanode approach is to prefer a small verified change over a broad rewrite.',
];

/** Heading-shaped lines (spec §2: short, no punctuation) for articles with more sections than the vocabulary. */
export const SHAPED_HEADINGS: readonly string[] = [
  'rollout notes', 'what to measure first', 'common mistakes', 'monitoring and alerting', 'rollback plan',
  'capacity planning', 'testing the change', 'deployment steps', 'handling failures',
];

export const CHECKLISTS: readonly (readonly string[])[] = [
  ['inspect cache headers', 'test logged-in traffic', 'purge only the affected route', 'measure response time', 'keep a rollback command ready'],
  ['review query plans', 'add indexes carefully', 'test with realistic data', 'compare before and after metrics', 'document the migration'],
  ['run linting', 'run unit tests', 'run one integration check', 'verify staging config', 'tag the release'],
];

export const META_NOTES: readonly string[] = [
  'sanitized array meta is expected to render as a list in the frontend box',
  'view count is synthetic and only used for testing meta volume',
  'content is generated for import/load testing and should be reviewed before indexing',
];

export const SUMMARY = 'this ai-style technical summary explains {p} in {s}, with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.';
export const BRIEF = 'the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.';
export const RECOMMENDED = 'measure first, change carefully, document the result';
export const IMAGE_HOST = 'loremflickr.com';
