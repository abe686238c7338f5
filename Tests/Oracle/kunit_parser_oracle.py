#!/usr/bin/env python3
# The kernel's own KTAP parser as the oracle of `kunitgen results` (ResultsOracleTests).
# Usage: kunit_parser_oracle.py KERNEL_TREE LOG [--kunit-json]
# With --kunit-json: prints what `kunit.py parse --json` writes (kunit_json.get_json_result).
# Reads LOG exactly as `kunit.py parse LOG` does (errors='backslashreplace', splitlines()),
# parses it with tools/testing/kunit/kunit_parser.py and prints, as JSON, the overall status, the
# verdict kunit.py exits with, the counts and every test below the main one in pre-order with
# its nesting depth (0 for a suite of the main test).
import json
import sys

tree, log = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree + '/tools/testing/kunit')
import kunit_parser  # noqa: E402

with open(log, 'r', errors='backslashreplace') as f:
    lines = f.read().splitlines()
test = kunit_parser.parse_run_tests(lines, kunit_parser.null_printer if hasattr(kunit_parser, 'null_printer')
                                     else __import__('kunit_printer').null_printer)

if len(sys.argv) > 3 and sys.argv[3] == '--kunit-json':
    import kunit_json  # noqa: E402
    print(kunit_json.get_json_result(test=test, metadata=kunit_json.Metadata()))
    sys.exit(0)

tests = []
stack = [(sub, 0) for sub in reversed(test.subtests)]
while stack:
    t, depth = stack.pop()
    tests.append({'name': t.name, 'status': t.status.name, 'depth': depth})
    stack.extend((sub, depth + 1) for sub in reversed(t.subtests))

c = test.counts
print(json.dumps({
    'status': test.status.name,
    # kunit.py parse exits 1 unless the main test's status is SUCCESS.
    'verdict': 'pass' if test.status == kunit_parser.TestStatus.SUCCESS else 'fail',
    'counts': {'passed': c.passed, 'failed': c.failed, 'crashed': c.crashed,
               'skipped': c.skipped, 'errors': c.errors},
    'tests': tests,
}))
