"""Commands that neither train nor draw load none of the heavy libraries: every command pays its imports
before doing anything, and scikit-learn, scipy, statsmodels and the PDF library took two of the four
seconds of ``prevista init`` (issue 18).  Checked by importing in a fresh interpreter, as a command starts."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli_helpers import REPO, cli_env

HEAVY = ("sklearn", "scipy", "statsmodels", "fpdf")


def _loaded_after(statement: str) -> set[str]:
    probe = f"import sys\n{statement}\nimport json\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(), cwd=REPO,
                          timeout=120, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_command_line_and_the_import_load_no_model_stack() -> None:
    loaded = _loaded_after("import prevista.core.cli.main, prevista.core.ingest.importer, prevista.core.services.imports")
    assert not loaded & set(HEAVY), f"loaded {sorted(loaded & set(HEAVY))}"


def test_training_still_loads_what_it_needs() -> None:
    """The probe can fail: importing the training module does bring scikit-learn in."""
    assert "sklearn" in _loaded_after("import prevista.core.analytics.training")


def test_a_command_that_trains_has_the_model_stack_loaded_once_the_project_is_open(store) -> None:
    """``open_service(..., preload=...)`` loads while the key is derived and returns only when it is loaded;
    a module that cannot be loaded is left to the command's own import, without a traceback from the thread."""
    probe = ("import argparse, sys\nfrom prevista.core.cli.common import open_service\n"
             "from prevista.core.services.analytics import TRAINING\n"
             f"args = argparse.Namespace(project={str(store.root)!r}, passphrase_file=None, operator='t')\n"
             "open_service(args, preload=(TRAINING, 'prevista.no_such_module'))\n"
             "print('sklearn' in sys.modules, TRAINING in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(), cwd=REPO,
                          timeout=120, check=True)
    assert done.stdout.split() == ["True", "True"] and "Traceback" not in done.stderr
