#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): Node starts it faster than an ES module.
require('../dist/scamcheck.js');
