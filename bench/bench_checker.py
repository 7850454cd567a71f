"""Benchmark the compliance checker: ~2000 generated 500-character posts and one 1 MB text.

Run: .venv/bin/python bench/bench_checker.py [--posts N]
"""

from __future__ import annotations

import argparse
import random
import time

from clinic_ambassadors.core.checker import Checker, load_rules

SNIPPETS_DE = [
    "Heute war Teamevent in der Praxis 🎉 Wir waren bowlen und hatten viel Spaß.",
    "Ich arbeite seit 6 Jahren als MFA bei Dr. Sommer und liebe meinen Job.",
    "Wir suchen eine Pflegefachkraft (m/w/d) in Teilzeit – bewirb dich gern!",
    "30 Tage Urlaub, 100 % Weiterbildung bezahlt und kostenlos Parken für Mitarbeitende.",
    "Unsere Zahnreinigung ist garantiert schmerzfrei! #schmerzfrei",
    "Frau Müller kam heute mit starken Rückenschmerzen zu uns.",
    "Vorher/Nachher nach der Lippenunterspritzung 💋 #vorhernachher",
    "Mit dem Code PRAXIS15 spart ihr 15 % auf alle Produkte 🛍️",
    "Eine Patientin schreibt: „Die beste Praxis, die ich kenne!“ ⭐⭐⭐⭐⭐",
    "Dich erwartet ein junges, dynamisches Team. Deutsch als Muttersprache erwünscht.",
    "Frühdienst auf Station 4B, Kaffee läuft ☕ #pflege #nursing",
    "Am Samstag, 14.09., ist Tag der offenen Tür in unserer Praxis!",
    "Mein Arbeitstag beginnt um 7 Uhr mit einer Tasse Kaffee und der Teambesprechung.",
    "Was ich an meinem Beruf liebe: Kein Tag ist wie der andere, und ich lerne ständig dazu.",
    "Unsere Azubis haben ihre Zwischenprüfung bestanden – wir sind so stolz auf euch! 🎓",
    "Danke an alle Kolleginnen und Kollegen für ein tolles Jahr in der Praxis.",
    "Nach der Fortbildung zum Thema Hygiene gab es Kuchen für das ganze Team.",
]
SNIPPETS_EN = [
    "Today was our team day at the clinic 🎉 so proud of everyone.",
    "I work as a nurse at St. Mary's and we're hiring – apply now!",
    "Yesterday a patient came in with the worst burns I've seen.",
    "Our whitening treatment is guaranteed to work, use my code SMILE10.",
    "Best dentist in town, hands down 🦷 DM me your symptoms.",
    "Coffee, scrubs and a great team – that's how my Monday starts.",
    "Three years ago I started as a trainee; today I coordinate our reception.",
    "We celebrated our colleague's 10th work anniversary with cake and balloons.",
]
FILLER = "Lorem ipsum dolor sit amet, \u00a0consectetur\u00ad adipiscing elit.\r\n"


def make_posts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        pool = SNIPPETS_DE if rng.random() < 0.75 else SNIPPETS_EN
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 500:
            parts.append(rng.choice(pool) if rng.random() < 0.7 else FILLER)
        posts.append(" ".join(parts)[:500])
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=2000)
    args = parser.parse_args()

    started = time.perf_counter()
    checker = Checker(load_rules())
    print(f"load rules: {len(checker.rules)} rules in {time.perf_counter() - started:.3f} s")

    posts = make_posts(args.posts)
    # First pass: cold, compiles the reduced regexes each new mix of trigger words needs.
    # Second pass: warm, as in the app where the same checker serves every draft.
    for label in ("cold", "warm"):
        started = time.perf_counter()
        findings = sum(len(checker.check(post)) for post in posts)
        elapsed = time.perf_counter() - started
        print(f"{label}: {len(posts)} posts of ~500 chars (about half the sentences risky): "
              f"{elapsed:.2f} s, {len(posts) / elapsed:,.0f} posts/s, {findings} findings")

    big = " ".join(make_posts(2100, seed=11))[:1_000_000]
    started = time.perf_counter()
    big_findings = checker.check(big, lang="de")
    print(f"1 MB text: {time.perf_counter() - started:.2f} s, {len(big_findings)} findings")


if __name__ == "__main__":
    main()
