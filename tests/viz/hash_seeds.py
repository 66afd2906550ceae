"""Running code under several ``PYTHONHASHSEED`` values, for tests that a picture
does not depend on the order of sets and dicts of strings."""

from __future__ import annotations

import os
import subprocess
import sys


def outputs_under_hash_seeds(code: str, seeds=("1", "2", "3", "4")) -> set[str]:
    """What ``python -c code`` prints under each ``PYTHONHASHSEED``: one element
    when the result does not depend on set or dict order of strings."""
    outs = set()
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outs.add(run.stdout)
    return outs
