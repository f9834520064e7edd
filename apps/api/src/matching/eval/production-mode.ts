/**
 * Imported first by the benchmark: libraries read NODE_ENV when they load (graphql-js, for
 * one, adds development-only checks to every type test), and production runs with
 * NODE_ENV=production (docker/Dockerfile). The app's own config is still set by the harness.
 */
process.env['NODE_ENV'] = 'production';
