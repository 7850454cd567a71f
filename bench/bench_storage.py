"""How long the first page of a big programme takes to load, and how much memory.

    .venv/bin/python bench/bench_storage.py [N]     (default 50,000 drafts)

Numbers are printed, never asserted: the machines are shared and noisy.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.posts import DraftFilter
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage.audit import Actor, now_iso
from clinic_ambassadors.storage.connection import open_programme

WORDS = ("Team Praxis Ausbildung Pflege MFA Fortbildung Dienstplan Kaffee Sommerfest Labor "
         "Anmeldung Bewerbung Teilzeit Urlaub Kollegen Patientenservice Impfung Ultraschall").split()


def build(path: Path, n: int) -> None:
    pf = open_programme(path)
    _, manager = programme_service.set_up(pf, "Bench-Praxis", "Bench", frozenset({Role.MANAGER}))
    actor = Actor(manager.id, manager.name)
    amb_ids = []
    for i in range(50):
        a = ambassador_service.save(pf, actor, Ambassador(id=str(uuid.uuid4()), name=f"Person {i}"))
        amb_ids.append(a.id)
    rng = random.Random(1)
    states = ["idea", "draft", "in_review", "approved", "scheduled", "published", "archived"]
    stamp = now_iso()
    with pf.db.atomic() as db:
        for i in range(n):
            text = " ".join(rng.choice(WORDS) for _ in range(70))
            did = str(uuid.uuid4())
            db.execute(
                "INSERT INTO drafts (id, ambassador_id, author_profile_id, title, text, topic,"
                " channels, state, current_revision, workflow, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,1,'{}',?,?)",
                [did, rng.choice(amb_ids), manager.id, f"Beitrag {i}", text, rng.choice(WORDS),
                 json.dumps(["instagram"]), rng.choice(states), stamp, stamp])
    pf.close()


def timed(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    print(f"{label:<40} {1000 * (time.perf_counter() - t0):8.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        build(path, n)
        print(f"built {n} drafts in {time.perf_counter() - t0:.1f} s")
        tracemalloc.start()
        pf = timed("open file", lambda: open_programme(path))
        timed("count all drafts", lambda: drafts.count(pf))
        timed("first page (200 rows)", lambda: drafts.page(pf, None, 0, 200))
        timed("page 100 (offset 20,000)", lambda: drafts.page(pf, None, 20_000, 200))
        timed("FTS search 'Sommerfest Labor'", lambda: drafts.page(pf, DraftFilter(search="Sommerfest Labor")))
        timed("review queue", lambda: drafts.review_queue(pf))
        current, peak = tracemalloc.get_traced_memory()
        print(f"python memory after these: {current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB)")
        pf.close()


if __name__ == "__main__":
    main()
