#!/usr/bin/env node
// memphisc: compile a Python program into one ES module that node runs.
//
//   memphisc app.py -o app.mjs
//
// The command itself is command.ts. This entry sets V8's tiering for the compiler's process first
// (tiering.ts), then loads the compiler from its code cache when it can (launch.ts): a cache
// records the V8 flags it was made under, so they are set before it is read.

import './tiering.js';
import { loadCommand } from './launch.js';

const command = await loadCommand();
const status = command.main(process.argv);
if (status !== 'watching') command.finish(status);
