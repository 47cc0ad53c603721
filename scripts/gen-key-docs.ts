// `npm run gen:key-docs`: writes docs/keys-services.md from the pack's key rows (build the pack first).
import * as fs from "fs";
import * as path from "path";
import { keyClouds } from "eu-sovereignty-policies/lib";
import { renderKeyServices } from "./key-docs";

const file = path.resolve(__dirname, "../docs/keys-services.md");
fs.writeFileSync(file, renderKeyServices(keyClouds));
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
