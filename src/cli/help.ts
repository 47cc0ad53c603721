// The usage text (`eu-sovereignty --help`). docs/cli.md is the long form.
import { FORMATS } from "./args";

/** "text (default), json, sarif or markdown": from the renderer registry, so a new format is listed. */
const formats = `${FORMATS[0]} (default), ${FORMATS.slice(1, -1).join(", ")} or ${FORMATS[FORMATS.length - 1]}`;

export const USAGE = `eu-sovereignty: check Pulumi programs and stacks against the EU sovereignty policy pack, offline.

Usage:
  eu-sovereignty check [DIR] [options]     run the Pulumi program in DIR (default .) as a preview would,
                                           offline, and put every resource through the pack
  eu-sovereignty audit PATH... [options]   audit \`pulumi stack export\` files, or directories of them
                                           (their .json files, recursively): one report over the estate,
                                           one pack process for every stack

Options:
  --config FILE       policy config in the \`pulumi --policy-pack-config\` JSON format
  --preset NAME       a preset shipped with the pack (policies/presets/NAME.json); --config applies on top
  --format FORMAT     ${formats}
  -o, --output FILE   write the report to FILE instead of standard output
  --badge PATH        an SVG label badge per stack: PATH.svg for one stack, or a directory that
                      gets PROJECT-STACK.svg per stack
  --issuer ID         credential format: the issuer's URL, DID or URN
                      (default urn:eu-sovereignty:self-assessment)
  -s, --stack NAME    stack whose Pulumi.<stack>.yaml config the program gets (check; default dev)
  --invokes FILE      answers for the program's data-source calls (check): JSON, function token to
                      result, or to a list of {"args": {...}, "result": {...}}; common ones are built in
  --pack DIR          another policy pack directory (default: the eu-sovereignty pack)
  --timeout SECONDS   how long a program may run and a pack may take to start (default 300 and 60)
  -q, --quiet         text: mandatory findings and errors only
  --verbose           text: every finding's full message (the default is one line and the fix per finding)
  --no-color          no colour in text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no mandatory violation, 1 mandatory violations (or a policy that could not run),
            2 bad usage or input (missing directory, bad config, not a stack export, pack failed).

Examples:
  eu-sovereignty check examples/aws-violating
  eu-sovereignty check . --stack prod --format sarif -o eu-sovereignty.sarif
  eu-sovereignty audit prod.json staging.json --preset audit --format markdown -o report.md
  eu-sovereignty audit exports/ --preset level-2 --badge badges/
`;
