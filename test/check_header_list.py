#!/usr/bin/env python3
"""Fails if a .hpp file under include/ctgrad/ is missing from include/ctgrad/meson.build's lists.

Usage: check_header_list.py INCLUDE_CTGRAD_DIR LISTED_HEADER...
"""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
listed = set(sys.argv[2:])
on_disk = {p.relative_to(root).as_posix() for p in root.rglob('*.hpp')}
missing = sorted(on_disk - listed)
for h in missing:
    print(f'include/ctgrad/{h}: not listed in include/ctgrad/meson.build '
          '(add it to ctgrad_public_headers or ctgrad_internal_headers)')
if not missing:
    print(f'all {len(on_disk)} headers under include/ctgrad/ are listed')
sys.exit(1 if missing else 0)
