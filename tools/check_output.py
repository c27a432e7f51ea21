#!/usr/bin/env python3
"""check_output.py PROGRAM EXPECTED_FILE [ARGS...]

Runs PROGRAM (with ARGS), echoes what it printed on standard output, and passes when that is exactly the
content of EXPECTED_FILE and PROGRAM exited with 0. On a mismatch it prints a unified diff
(expected -> actual). Standard error is passed through, and not compared.
"""
import difflib
import subprocess
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    program, expected_path, args = argv[1], argv[2], argv[3:]
    with open(expected_path, encoding='utf-8', newline='') as f:
        expected = f.read()
    proc = subprocess.run([program, *args], stdout=subprocess.PIPE)
    actual = proc.stdout.decode('utf-8', errors='replace')
    sys.stdout.write(actual)
    if actual and not actual.endswith('\n'):
        sys.stdout.write('\n')
    ok = True
    if proc.returncode != 0:
        print(f'FAIL: {program} exited with {proc.returncode}')
        ok = False
    if actual != expected:
        print(f'FAIL: the output differs from {expected_path} (--- expected, +++ actual):')
        sys.stdout.writelines(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=expected_path, tofile='actual output'))
        print()
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
