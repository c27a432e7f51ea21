#!/usr/bin/env python3
"""Compile-fail test harness: compile_fail.py FILE -- COMPILER [FLAGS...]

FILE's first line is `// expect: <text>`, and the lines right after it may be more `// expect: <text>`
lines. The test passes when FILE
  1. compiles with COMPILER FLAGS, and
  2. fails to compile with COMPILER FLAGS -DCTGRAD_SHOULD_FAIL, the compiler's output containing every
     <text>.
Only the front end runs (-fsyntax-only): static_assert, concept checks and template instantiation all
happen there. The compiler runs with LC_ALL=C, so that gcc's messages quote with ASCII quotes ('x').
"""
import os
import re
import subprocess
import sys


def compile_file(command, path, *extra):
    cmd = command + ['-fsyntax-only', *extra, path]
    # LC_ALL=C: gcc quotes names with plain ASCII quotes then, as clang does.
    env = dict(os.environ, LC_ALL='C')
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    return cmd, proc.returncode, proc.stdout


def show(cmd, output):
    print('$ ' + ' '.join(cmd))
    print(output.rstrip() or '(no output)')


def main(argv):
    if len(argv) < 4 or argv[2] != '--':
        print(__doc__)
        return 2
    path, command = argv[1], argv[3:]
    expected = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s*//\s*expect:\s*(.*\S)', line)
            if not m:
                break
            expected.append(m.group(1))
    if not expected:
        print(f'{path}: the first line must be "// expect: <text the error must contain>"')
        return 1

    cmd, rc, out = compile_file(command, path)
    if rc != 0:
        print(f'FAIL: {path} does not compile without CTGRAD_SHOULD_FAIL (it must):')
        show(cmd, out)
        return 1
    print('ok: compiles without CTGRAD_SHOULD_FAIL')

    cmd, rc, out = compile_file(command, path, '-DCTGRAD_SHOULD_FAIL')
    if rc == 0:
        print(f'FAIL: {path} compiles with CTGRAD_SHOULD_FAIL (it must not):')
        show(cmd, out)
        return 1
    missing = [text for text in expected if text not in out]
    if missing:
        print(f'FAIL: {path} fails to compile with CTGRAD_SHOULD_FAIL, but the output does not contain:')
        for text in missing:
            print(f'    "{text}"')
        show(cmd, out)
        return 1
    for text in expected:
        print(f'ok: fails to compile with CTGRAD_SHOULD_FAIL, and the output contains "{text}"')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
