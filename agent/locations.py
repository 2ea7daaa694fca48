"""Where maitre keeps its files. Directories are created when first used, never at import."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "maitre"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "maitre.toml"


def default_store() -> Path:
    return data_dir() / "guests.db"


def briefings_dir() -> Path:
    return data_dir() / "briefings"


def runs_dir() -> Path:
    return data_dir() / "runs"
