"""``restore`` never puts a demo over a real programme or a file over a folder by accident."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clinic_ambassadors.cli import main
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.demo import create_demo
from clinic_ambassadors.storage.connection import open_programme


def _real(path: Path) -> Path:
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis am Markt", "Mia", frozenset({Role.MANAGER}))
    pf.close()
    return path


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


def _clinic(path: Path) -> str:
    pf = open_programme(path, create=False, read_only=True)
    try:
        return programme_service.get(pf).clinic_name
    finally:
        pf.close()


def test_a_demo_backup_is_not_restored_over_a_real_programme(tmp_path):
    real, demo = _real(tmp_path / "real.sqlite"), create_demo(tmp_path / "demo.sqlite")
    code, err = _run("restore", str(demo), "--db", str(real))
    assert code == 2 and "demo" in err and "--force" in err
    assert _clinic(real) == "Praxis am Markt"
    assert _run("restore", str(demo), "--db", str(real), "--force")[0] == 0
    assert _clinic(real) != "Praxis am Markt"
    assert list(tmp_path.glob("real-replaced-*.sqlite")), "the replaced file is kept"


@pytest.mark.parametrize("which", ["target", "source"])
def test_a_folder_is_refused_and_left_alone(tmp_path, which):
    real = _real(tmp_path / "real.sqlite")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    args = ("restore", str(real), "--db", str(folder)) if which == "target" else \
        ("restore", str(folder), "--db", str(real))
    code, err = _run(*args)
    assert code == 2 and "folder" in err
    assert folder.is_dir() and (folder / "keep.txt").read_text() == "x"
    assert _clinic(real) == "Praxis am Markt"


def test_messages_name_the_given_path_not_temporary_files_or_errno(tmp_path):
    real = _real(tmp_path / "real.sqlite")
    code, err = _run("backup", "--db", str(real), "--out", "/proc/no/such/backup.sqlite")
    assert code == 2
    assert ".part" not in err and "Errno" not in err and "backup.sqlite" in err
    code, err = _run("restore", str(tmp_path / "missing.sqlite"), "--db", str(real))
    assert code == 2 and "missing.sqlite" in err and "Errno" not in err
