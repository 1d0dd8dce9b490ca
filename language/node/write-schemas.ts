/** `npm run schemas`: writes the shipped JSON Schemas from their one definition (schema-files.ts). */
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILES, schemaFileText } from '../shapes/schema-files.js';

const dir = new URL('../generators/schemas/', import.meta.url);
for (const name of Object.keys(SCHEMA_FILES)) {
    writeFileSync(new URL(name, dir), schemaFileText(name));
    console.log(`language/generators/schemas/${name}`);
}
