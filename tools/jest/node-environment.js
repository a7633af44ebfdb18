// The jest environment of the API's tests: plain `node`, plus Node's own `require` handed to the
// sandbox as `__nodeRequire`. Jest's CommonJS runtime cannot load ESM-only packages on Node 20
// (the Digital Bazaar credential libraries); Node ≥ 20.19's own require can, and
// libs/api/credentials loads them through it (see linked-data.ts).
const { TestEnvironment } = require('jest-environment-node');

module.exports = class NodeWithNativeRequire extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__nodeRequire = require('node:module').createRequire(`${config.projectConfig.rootDir}/package.json`);
  }
};
