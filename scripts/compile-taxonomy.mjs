#!/usr/bin/env node
// Writes dist/taxonomy.json: the skill data with every form already tokenized and stemmed, so a run loads it in a few ms.
import { writeFileSync } from 'node:fs';
import { readSkillFiles } from '../dist/taxonomy/taxonomy.js';
import { prebuild, PREBUILT_PATH } from '../dist/taxonomy/prebuilt.js';

writeFileSync(PREBUILT_PATH, prebuild(readSkillFiles()));
