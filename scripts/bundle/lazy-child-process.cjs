// Stands in for node:child_process in the CLI bundle (scripts/bundle.mjs). commander
// requires it when loaded, for executable subcommands, which bau-cu has none of; loading
// it (with net, dgram and streams) is about 2 ms of every cold start. This loads it on
// first use instead.
'use strict';
module.exports = new Proxy(
  {},
  {
    get: (_target, key) => process.getBuiltinModule('node:child_process')[key],
    has: (_target, key) => key in process.getBuiltinModule('node:child_process'),
  },
);
