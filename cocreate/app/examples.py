"""The example archive: three realistic sessions, made through the public API.

``sessions/make_examples.py`` writes them into the repository's ``sessions/``;
``cocreate demo`` builds them in a temporary store when that folder is absent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cocreate.app.workspace import Workspace


def _to(ws: Workspace, sid: str, stage: str) -> None:
    while ws.session(sid).stage != stage:
        ws.advance(sid)


def kickoff(ws: Workspace) -> str:
    """A co-creative project kickoff: a digital intake for a youth care desk."""
    people = [("Ann", "Care"), ("Bo", "IT"), ("Chris", "Care"), ("Dee", "Legal"), ("Eli", "IT")]
    sid = ws.new_session(
        "Kickoff: digital intake for the youth care desk",
        purpose="Replace the paper intake form with a mobile-friendly online intake",
        template="project-kickoff",
        participants=people,
        series="Intake team",
    )
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness", pitfall="pushiness",
                    challenge="patience", allergy="passivity")  # fmt: skip
    ws.set_quadrant(sid, "Bo", core_quality="carefulness", pitfall="perfectionism",
                    challenge="pragmatism", allergy="sloppiness")  # fmt: skip
    ws.set_quadrant(sid, "Chris", core_quality="empathy", pitfall="self-denial",
                    challenge="assertiveness", allergy="coldness", private=True)  # fmt: skip
    ws.set_quadrant(sid, "Dee", core_quality="precision", pitfall="rigidity",
                    challenge="flexibility", allergy="carelessness")  # fmt: skip
    ws.set_quadrant(sid, "Eli", core_quality="patience", pitfall="passivity",
                    challenge="decisiveness", allergy="pushiness")  # fmt: skip
    _to(ws, sid, "check-in")
    for name, energy in (("Ann", 4), ("Bo", 3), ("Chris", 3), ("Dee", 2), ("Eli", 4)):
        ws.record(sid, "energy", str(energy), by=name)
    _to(ws, sid, "idea")
    idea = (
        "Families fill in the intake on their phone before the first visit, "
        "so the first conversation is about them and not about the form."
    )
    ws.record(sid, "proposal", idea, by="Ann")
    _to(ws, sid, "appreciate")
    ws.record(sid, "appreciation", "The first visit gets an hour back for the family", by="Chris")
    ws.record(sid, "appreciation", "No more retyping handwriting into the system", by="Eli")
    ws.record(sid, "appreciation", "Families can take their time at home", by="Dee")
    _to(ws, sid, "objections")
    o1 = ws.record(sid, "objection", "It's too expensive for this year's budget", by="Bo")
    o2 = ws.record(sid, "objection", "Families without a smartphone will be left out", by="Chris")
    o3 = ws.record(sid, "objection", "We tried an online form in 2019 and nobody used it", by="Eli")
    o4 = ws.record(sid, "objection", "Storing this data in the cloud is against our policy",
                   by="Dee")  # fmt: skip
    o5 = ws.record(sid, "objection", "Who is going to maintain it after launch?")
    ws.advance(sid)
    c1 = ws.record(sid, "challenge", "How might we start small enough to fit this year's budget?",
                   about=o1)  # fmt: skip
    c2 = ws.record(sid, "challenge", "How might we make the intake work for every family, "
                   "with or without a smartphone?", about=o2)  # fmt: skip
    c3 = ws.record(sid, "challenge", "How might we learn from 2019 so families want to use it?",
                   about=o3)  # fmt: skip
    c4 = ws.record(sid, "challenge", "How might we keep intake data where our policy allows it?",
                   about=o4)  # fmt: skip
    ws.record(sid, "agree", about=c1, by="Bo")
    ws.record(sid, "agree", about=c2, by="Chris")
    ws.record(sid, "agree", about=c4, by="Dee")
    ws.record(sid, "park", about=o5)
    ws.advance(sid)
    i1 = ws.record(sid, "idea", "Build only the first page of the form as a pilot", about=c1,
                   by="Eli")  # fmt: skip
    ws.record(sid, "idea", "...and test it with ten families in March", about=i1, by="Ann")
    i2 = ws.record(sid, "idea", "A tablet in the waiting room for families without a phone",
                   about=c2, by="Chris")  # fmt: skip
    i3 = ws.record(sid, "idea", "Ask three families from 2019 what put them off", about=c3,
                   by="Ann")  # fmt: skip
    i4 = ws.record(sid, "idea", "Host it on the municipality's own servers", about=c4, by="Dee")
    ws.advance(sid)
    for name, idea in (("Ann", i1), ("Ann", i3), ("Bo", i1), ("Bo", i4), ("Chris", i2),
                       ("Chris", i1), ("Dee", i4), ("Eli", i3), ("Eli", i1)):  # fmt: skip
        ws.record(sid, "vote", about=idea, by=name)
    ws.record(sid, "reveal")
    ws.advance(sid)
    ws.record(sid, "action", "When the pilot page is specified, I will build it by the end of "
              "February", by="Eli", due="2027-02-26", about=i1)  # fmt: skip
    ws.record(sid, "action", "When we have a date, I will invite three families from 2019 by "
              "next month", by="Ann", due="2027-01-15", about=i3)  # fmt: skip
    ws.record(sid, "action", "When IT has a hosting quote, I will check it against our policy "
              "within a week", by="Dee", due="2027-01-22", about=i4)  # fmt: skip
    ws.advance(sid)
    for name, energy, line in (("Ann", 5, "We have a pilot, not a plan"),
                               ("Bo", 4, "Smaller than I feared"),
                               ("Chris", 4, "Glad the tablet is in"),
                               ("Dee", 4, "Policy first, and that was heard"),
                               ("Eli", 5, "Let's build")):  # fmt: skip
        ws.record(sid, "energy", str(energy), by=name)
        ws.record(sid, "note", line, by=name)
    ws.advance(sid)
    return sid


def review(ws: Workspace) -> str:
    """A Dutch idea review: a four-day week pilot at a customer service desk."""
    sid = ws.new_session(
        "Review: vierdaagse werkweek voor de klantenservice",
        purpose="Een proef van drie maanden met een vierdaagse werkweek voor de klantenservice",
        template="idea-review",
        participants=["Fleur", "Jeroen", "Sanne", "Pieter"],
    )
    ws.set_quadrant(sid, "Fleur", core_quality="enthousiasme", pitfall="drammerigheid",
                    challenge="geduld", allergy="lauwheid")  # fmt: skip
    ws.set_quadrant(sid, "Jeroen", core_quality="zorgvuldigheid", pitfall="perfectionisme",
                    challenge="flexibiliteit", allergy="slordigheid")  # fmt: skip
    ws.set_quadrant(sid, "Sanne", core_quality="klantgerichtheid", pitfall="pleasen",
                    challenge="grenzen stellen", allergy="onverschilligheid")  # fmt: skip
    ws.set_quadrant(sid, "Pieter", core_quality="flexibiliteit", pitfall="chaos",
                    challenge="structuur", allergy="starheid")  # fmt: skip
    ws.advance(sid)
    ws.record(sid, "proposal", "We werken drie maanden vier dagen van negen uur, met dezelfde "
              "bereikbaarheid voor klanten.", by="Fleur")  # fmt: skip
    ws.advance(sid)
    ws.record(sid, "appreciation", "Meer rust en minder verzuim", by="Sanne")
    ws.record(sid, "appreciation", "Een proef, dus we kunnen terug", by="Jeroen")
    ws.advance(sid)
    o1 = ws.record(sid, "objection", "Klanten willen ons ook op vrijdag kunnen bellen", by="Sanne")
    o2 = ws.record(sid, "objection", "Dat hebben we in 2020 al eens geprobeerd", by="Pieter")
    o3 = ws.record(sid, "objection", "Wie vangt de piek op maandag op?", by="Jeroen")
    o4 = ws.record(sid, "objection", "Negen uur per dag aan de telefoon is te zwaar")
    ws.advance(sid)
    c1 = ws.record(sid, "challenge", "Hoe kunnen we klanten elke werkdag goed bereikbaar houden?",
                   about=o1)  # fmt: skip
    c2 = ws.record(sid, "challenge", "Hoe kunnen we leren van de proef in 2020?", about=o2)
    c3 = ws.record(sid, "challenge", "Hoe kunnen we de maandagpiek samen opvangen?", about=o3)
    c4 = ws.record(sid, "challenge", "Hoe kunnen we lange dagen licht genoeg houden?", about=o4)
    ws.record(sid, "agree", about=c1, by="Sanne")
    ws.record(sid, "agree", about=c3, by="Jeroen")
    ws.advance(sid)
    i1 = ws.record(sid, "idea", "Twee ploegen: de ene helft vrij op vrijdag, de andere op maandag",
                   about=c1, by="Pieter")  # fmt: skip
    ws.record(sid, "idea", "...en de ploegen wisselen elke maand", about=i1, by="Sanne")
    ws.record(sid, "idea", "Vraag Pieter wat er in 2020 misging", about=c2, by="Fleur")
    i4 = ws.record(sid, "idea", "Terugbelverzoeken op maandag naar dinsdag", about=c3,
                   by="Jeroen")  # fmt: skip
    i5 = ws.record(sid, "idea", "Elk uur tien minuten uit de wachtrij", about=c4, by="Sanne")
    ws.advance(sid)
    for name, idea in (("Fleur", i1), ("Fleur", i5), ("Jeroen", i4), ("Jeroen", i1),
                       ("Sanne", i5), ("Sanne", i1), ("Pieter", i1), ("Pieter", i4)):  # fmt: skip
        ws.record(sid, "vote", about=idea, by=name)
    ws.record(sid, "reveal")
    ws.advance(sid)
    aid = ws.record(sid, "action", "Als het rooster klaar is, leg ik het voor aan het team binnen "
                    "een week", by="Pieter", due="2027-01-20", about=i1)  # fmt: skip
    ws.record(sid, "action", "Ik meet de maandagpiek van de laatste drie maanden", by="Jeroen",
              due="2027-01-13", about=i4)  # fmt: skip
    ws.record(sid, "assign", about=aid, status="open")
    ws.advance(sid)
    return sid


def team(ws: Workspace) -> str:
    """A team quadrant workshop with two groups that bite each other."""
    people = [("Mia", "Ops"), ("Noah", "Ops"), ("Olga", "Dev"), ("Pim", "Dev"), ("Quinn", "Dev")]
    sid = ws.new_session(
        "Team quadrant: the platform team",
        purpose="Who are we as a platform team, and where do Ops and Dev bite each other?",
        template="team-quadrant",
        participants=people,
        series="Platform team",
    )
    ws.set_quadrant(sid, "Mia", core_quality="reliability", pitfall="rigidity",
                    challenge="flexibility", allergy="chaos")  # fmt: skip
    ws.set_quadrant(sid, "Olga", core_quality="speed", pitfall="haste",
                    challenge="carefulness", allergy="slowness")  # fmt: skip
    ws.advance(sid)
    for name, energy in (("Mia", 3), ("Noah", 3), ("Olga", 4), ("Pim", 4), ("Quinn", 2)):
        ws.record(sid, "energy", str(energy), by=name)
    ws.advance(sid)
    q1 = ws.record(sid, "quality", "reliability", by="Mia")
    q2 = ws.record(sid, "quality", "helpfulness", by="Pim")
    q3 = ws.record(sid, "quality", "craftsmanship", by="Olga")
    ws.advance(sid)
    for name, q in (("Mia", q1), ("Noah", q1), ("Olga", q3), ("Pim", q2), ("Quinn", q1),
                    ("Olga", q1), ("Pim", q1)):  # fmt: skip
        ws.record(sid, "vote", about=q, by=name)
    ws.record(sid, "reveal")
    ws.advance(sid)
    ws.set_quadrant(sid, "Platform team", of="team", core_quality="reliability",
                    pitfall="rigidity", challenge="flexibility", allergy="chaos")  # fmt: skip
    ws.advance(sid)
    ws.set_quadrant(sid, "Ops", of="group", core_quality="carefulness", pitfall="slowness",
                    challenge="speed", allergy="haste")  # fmt: skip
    ws.set_quadrant(sid, "Dev", of="group", core_quality="speed", pitfall="haste",
                    challenge="carefulness", allergy="slowness")  # fmt: skip
    ws.advance(sid)
    ws.record(sid, "note", "Ops and Dev bite each other: each is allergic to the other's "
              "pitfall, and each can teach the other its challenge.")  # fmt: skip
    ws.advance(sid)
    o1 = ws.record(sid, "objection", "Dev ships on Friday afternoon and we get paged all weekend",
                   by="Noah")  # fmt: skip
    o2 = ws.record(sid, "objection", "Every change waits two weeks for an Ops review", by="Pim")
    ws.advance(sid)
    c1 = ws.record(sid, "challenge", "How might we ship fast and still sleep through the weekend?",
                   about=o1)  # fmt: skip
    c2 = ws.record(sid, "challenge", "How might we get a change reviewed within a day?", about=o2)
    ws.record(sid, "agree", about=c1, by="Noah")
    ws.record(sid, "agree", about=c2, by="Pim")
    ws.advance(sid)
    i1 = ws.record(sid, "idea", "Feature flags, switched on Monday morning", about=c1, by="Olga")
    i2 = ws.record(sid, "idea", "An Ops buddy sits in the Dev stand-up", about=c2, by="Mia")
    ws.advance(sid)
    flags = "When the flag library is chosen, I will add it to the pipeline by the end of January"
    ws.record(sid, "action", flags, by="Olga", due="2027-01-29", about=i1)
    ws.record(sid, "action", "I will join the Dev stand-up twice a week from Monday", by="Mia",
              due="2027-01-11", about=i2)  # fmt: skip
    ws.advance(sid)
    for name, energy in (("Mia", 4), ("Noah", 4), ("Olga", 4), ("Pim", 5), ("Quinn", 3)):
        ws.record(sid, "energy", str(energy), by=name)
    ws.advance(sid)
    return sid


def build_examples(ws: Workspace) -> list[str]:
    """Create the three example sessions in ``ws``; return their ids."""
    return [kickoff(ws), review(ws), team(ws)]
