// Registers the standard-library modules written in TypeScript with the module system. The
// others (collections, itertools, re, ...) are Python under lib/ and compiled with the program;
// compiler/compile.ts lists these names in NATIVE_MODULES so it does not look for their source.

import { nativeModule, import as importModule } from '../module.js';
import { populateMath } from './math.js';
import { populateTime } from './time.js';
import { populateOs, populateOsPath } from './os.js';
import { populateTraceback } from './traceback.js';
import { populateHashlib } from './hashlib.js';
import { populateRe } from './re.js';

nativeModule('math', populateMath);
nativeModule('time', populateTime);
nativeModule('os', (mod) => populateOs(mod, importModule('os.path')), true);
nativeModule('os.path', populateOsPath);
nativeModule('traceback', populateTraceback);
nativeModule('hashlib', populateHashlib);
nativeModule('re', populateRe);
