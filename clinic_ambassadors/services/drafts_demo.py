"""Demo drafts in every state, with revisions, comments and decisions, and vacancies."""

from __future__ import annotations

from datetime import date, timedelta

from clinic_ambassadors.core.drafts import Action
from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.core.checklists import Role as ChecklistRole
from clinic_ambassadors.services import checklists, drafts
from clinic_ambassadors.services.demo import DEMO_SECTIONS, DemoContext
from clinic_ambassadors.services.writes import transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import vacancies as vacancy_store
from clinic_ambassadors.storage.audit import Actor

TODAY = date.today()

JOB_MFA = (
    "Ich arbeite seit vier Jahren als Praxismanagerin im MVZ Am Stadtpark – und wir wachsen! 🌱\n\n"
    "Wir suchen eine Medizinische Fachangestellte (m/w/d) in Teilzeit (20–30 Std.) für unsere "
    "Anmeldung. Was dich erwartet: ein Team, das sich gegenseitig den Rücken freihält, feste "
    "Dienstpläne vier Wochen im Voraus, 30 Tage Urlaub und ein Fortbildungsbudget.\n\n"
    "Fragen? Schreib mir gern – oder bewirb dich direkt über den Link. #MFA #Praxisjob #Mitarbeiterin"
)
INFUSION_V1 = (
    "Ein Tag in unserer Infusionsambulanz 💉 Um 7:30 Uhr geht's los: Pumpen checken, Kaffee. "
    "Heute hatten wir einen Patienten, der uns allen ans Herz gewachsen ist."
)
INFUSION_V2 = (
    "Ich arbeite als Pflegefachkraft in der Infusionsambulanz des MVZ Am Stadtpark. 💉 "
    "Um 7:30 Uhr geht's los: Räume vorbereiten, Pumpen checken, Kaffee. Was ich an meinem Job "
    "liebe: Zeit für Gespräche und ein Team, auf das ich mich verlassen kann. #Pflege #Mitarbeiter"
)
ULTRASOUND = (
    "Ich arbeite als Internistin im MVZ Am Stadtpark. Letzte Woche war ich auf dem "
    "Ultraschall-Refresherkurs der DEGUM – drei Tage Praxis am Gerät. Danke an mein Team, das "
    "mir den Rücken freigehalten hat! Fortbildung ist bei uns Arbeitszeit. #Fortbildung"
)
SUMMER = (
    "Sommerfest-Rückblick ☀️ Unser Team hat gegrillt, Tischtennis gespielt und die neuen Azubis "
    "begrüßt. Ich bin MFA in der Praxis und freue mich jedes Jahr drauf. #Teamevent #Mitarbeiterin"
)
OPEN_DAY = (
    "Tag der offenen Tür am 14. März 🩺 Ich arbeite als MFA im MVZ Am Stadtpark und zeige euch, "
    "wie eine Ausbildung bei uns aussieht. Kommt vorbei, 10–14 Uhr! #Ausbildung #MFA"
)
OLD_POST = (
    "Ich bin Pflegefachkraft im MVZ Am Stadtpark. Heute vor einem Jahr habe ich hier angefangen – "
    "Danke an das ganze Team für die Einarbeitung! #Pflege"
)
AESTHETIC = (
    "Vorher/Nachher: so schön werden Lippen mit Hyaluron bei uns! Garantiert natürlich. "
    "Termine gibt's per DM 💋"
)
LAB_IDEA = "Idee: kurzer Clip, wie eine Blutprobe vom Empfang bis ins Labor reist (ohne Patienten!)."
FIRST_MONTH = (
    "Mein erster Monat an der Anmeldung 📞 Viel gelernt, viel gelacht. Unsere Zahnreinigung ist "
    "total sanft, sagen alle! Mehr bald."
)


def _vacancies(ctx: DemoContext) -> dict[str, str]:
    rows = [
        Vacancy("", "Medizinische Fachangestellte (m/w/d), Teilzeit", "Anmeldung",
                VacancyStatus.OPEN, TODAY - timedelta(days=40)),
        Vacancy("", "Pflegefachkraft (m/w/d) Infusionsambulanz", "Pflege", VacancyStatus.OPEN,
                TODAY - timedelta(days=20)),
        Vacancy("", "Ärztin/Arzt in Weiterbildung Allgemeinmedizin (m/w/d)", "Allgemeinmedizin",
                VacancyStatus.OPEN, TODAY - timedelta(days=75)),
        Vacancy("", "Auszubildende/r MFA 2026 (m/w/d)", "Ausbildung", VacancyStatus.FILLED,
                TODAY - timedelta(days=160), TODAY - timedelta(days=30)),
    ]
    ids = {}
    with transaction(ctx.pf) as db:
        for v in rows:
            stored, _ = vacancy_store.save(db, v)
            audit.record(db, ctx.manager_actor, "vacancy", stored.id, "create", stored.title)
            ids[stored.title.split(" ")[0]] = stored.id
    return ids


def _ticked(pf, actor: Actor, draft_id: str, part: str) -> None:
    """The demo's authors and reviewers do their part of the pre-publication checklist."""
    view = checklists.draft_view(pf, actor, draft_id)
    roles = {ChecklistRole.AMBASSADOR, ChecklistRole.AUTHOR, ChecklistRole.REVIEWER}
    checklists.tick_all_required(pf, actor, roles, view.id, part)


def _drafts(ctx: DemoContext) -> None:
    pf = ctx.pf
    vac = _vacancies(ctx)
    by_name = {a.name.split(" ")[-1]: a for a in ctx.ambassadors}
    reviewer = ctx.reviewers[0]
    rev = Actor(reviewer.id, reviewer.name)

    def author(key: str) -> tuple[str, Actor]:
        amb = by_name[key]
        prof = ctx.profiles_by_ambassador[amb.id]
        return amb.id, Actor(prof.id, prof.name)

    amb, who = author("Demir")
    drafts.create(pf, who, amb, "Azubi-Tag im Labor", LAB_IDEA, topic="Ausbildung",
                  channels=("instagram",), as_idea=True, planned_date=TODAY + timedelta(days=24))

    amb, who = author("Demir")
    drafts.create(pf, who, amb, "Mein erster Monat an der Anmeldung", FIRST_MONTH,
                  topic="Arbeitsalltag", channels=("instagram",),
                  planned_date=TODAY + timedelta(days=12))

    amb, who = author("Krüger")
    d = drafts.create(pf, who, amb, "Wir suchen MFA (m/w/d) – Teilzeit möglich", JOB_MFA,
                      topic="Stellenangebote", channels=("linkedin", "facebook"),
                      vacancy_id=vac.get("Medizinische"), planned_date=TODAY + timedelta(days=9))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)

    amb, who = author("Becker")
    d = drafts.create(pf, who, amb, "Ein Tag in der Infusionsambulanz", INFUSION_V1,
                      topic="Arbeitsalltag", channels=("instagram", "tiktok"),
                      vacancy_id=vac.get("Pflegefachkraft"),
                      planned_date=TODAY + timedelta(days=15))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)
    drafts.add_comment(pf, rev, d.id, "Bitte den Patienten weglassen – Geschichten über einzelne "
                       "Patienten gehören nicht in unsere Posts (§ 203 StGB). Sonst sehr schön!",
                       quote="einen Patienten, der uns allen ans Herz gewachsen ist")
    drafts.act(pf, rev, d.id, Action.REQUEST_CHANGES,
               comment="Bitte ohne Patientengeschichte umformulieren.")
    drafts.save(pf, who, d.id, title="Ein Tag in der Infusionsambulanz", text=INFUSION_V2,
                topic="Arbeitsalltag", channels=("instagram", "tiktok"),
                vacancy_id=vac.get("Pflegefachkraft"), planned_date=TODAY + timedelta(days=15))
    drafts.add_comment(pf, who, d.id, "Danke, habe ich geändert – passt es so?")

    amb, who = author("Vogt")
    d = drafts.create(pf, who, amb, "Fortbildung Ultraschall", ULTRASOUND, topic="Fortbildung",
                      channels=("linkedin",), planned_date=TODAY + timedelta(days=8))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)
    _ticked(pf, rev, d.id, "reviewer")
    drafts.act(pf, rev, d.id, Action.APPROVE, comment="Sachlich und gut – gern so.")

    amb, who = author("Demir")
    d = drafts.create(pf, who, amb, "Sommerfest-Rückblick", SUMMER, topic="Team",
                      channels=("instagram", "facebook"))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)
    _ticked(pf, rev, d.id, "reviewer")
    drafts.act(pf, rev, d.id, Action.APPROVE)
    drafts.act(pf, ctx.manager_actor, d.id, Action.SCHEDULE, planned_date=TODAY + timedelta(days=5))

    d = drafts.create(pf, who, amb, "Tag der offenen Tür", OPEN_DAY, topic="Ausbildung",
                      channels=("instagram",), vacancy_id=vac.get("Auszubildende/r"))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)
    _ticked(pf, rev, d.id, "reviewer")
    drafts.act(pf, rev, d.id, Action.APPROVE)
    link = drafts.tracking_link_for(pf, d.id, "https://mvz-stadtpark.example/karriere", "instagram")
    drafts.act(pf, who, d.id, Action.PUBLISH, network="instagram",
               url="https://www.instagram.com/p/demo-offene-tuer/", published_on=TODAY,
               tracking=link)

    amb, who = author("Becker")
    d = drafts.create(pf, who, amb, "Ein Jahr im Team", OLD_POST, topic="Team", channels=("facebook",))
    _ticked(pf, who, d.id, "author")
    drafts.act(pf, who, d.id, Action.SUBMIT)
    _ticked(pf, rev, d.id, "reviewer")
    drafts.act(pf, rev, d.id, Action.APPROVE)
    drafts.act(pf, who, d.id, Action.PUBLISH, network="facebook",
               url="https://www.facebook.com/demo/posts/1", published_on=TODAY - timedelta(days=1))
    drafts.act(pf, who, d.id, Action.ARCHIVE)

    amb, who = author("Demir")
    d = drafts.create(pf, who, amb, "Lippen vorher/nachher", AESTHETIC, topic="Behandlungen",
                      channels=("instagram",))
    drafts.act(pf, who, d.id, Action.WITHDRAW, reason="Zurückgezogen nach Hinweis des Checkers "
               "(Vorher/Nachher-Verbot, § 11 HWG).")


DEMO_SECTIONS.append(_drafts)
