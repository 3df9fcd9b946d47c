// The W3C Web Annotation test suite's JSON Schemas (../shared/corpus/w3c-web-annotation-tests), run the way
// its harness runs them: each assertion of a manifest (*.test) is a draft-04 schema with an expected result;
// a result other than expected fails the test when the assertion says "failAnd...".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const CORPUS = process.env.GLOSSA_CORPUS_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
export const SUITE = path.join(CORPUS, 'w3c-web-annotation-tests');

export function loadSuite() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const f of fs.readdirSync(path.join(SUITE, 'definitions')).filter((f) => f.endsWith('.json')))
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SUITE, 'definitions', f), 'utf8')));
  const compiled = new Map();
  const assertion = (rel) => {
    if (!compiled.has(rel)) {
      const schema = JSON.parse(fs.readFileSync(path.join(SUITE, rel), 'utf8'));
      compiled.set(rel, { schema, validate: ajv.compile(schema) });
    }
    return compiled.get(rel);
  };
  // Runs every assertion of a manifest on one object; returns the failures as readable strings.
  const check = (manifest, object) => {
    const m = JSON.parse(fs.readFileSync(path.join(SUITE, manifest), 'utf8'));
    const failures = [];
    for (const rel of m.assertions.flat()) {
      const { schema, validate } = assertion(rel);
      const valid = validate(object);
      if (valid === (schema.expectedResult !== 'invalid')) continue;
      const action = schema.onUnexpectedResult ?? 'failAndContinue';
      if (action.startsWith('fail')) failures.push(`${rel}: ${schema.errorMessage ?? schema.title}`);
      if (action.endsWith('Skip') || action.endsWith('Abort')) break;
    }
    return failures;
  };
  return { check, assertionCount: (manifest) => JSON.parse(fs.readFileSync(path.join(SUITE, manifest), 'utf8')).assertions.flat().length };
}
