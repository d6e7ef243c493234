"""Where the project's files are, for tests (a module of its own: conftest names collide across folders)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
