#!/usr/bin/env node
// The package's command; `npm ci` builds dist/ through the prepare script.
require('../dist/src/cli/kg.js');
