"""Deterministic synthetic articles for the benchmark: pasted-page shape, quotes, several speakers."""

from __future__ import annotations

import random

SPEAKERS = [
    ("Council leader Ruth Okoro", "Ms Okoro", "she"),
    ("Opposition councillor Dev Mistry", "Mr Mistry", "he"),
    ("Dr Hannah Liu, a transport economist at Northgate University,", "Dr Liu", "she"),
    ("Union organiser Peter Vance", "Mr Vance", "he"),
    ("Local resident Amira Haddad", "Ms Haddad", "she"),
]
SUBJECTS = ["The council", "The bus company", "The government", "Campaigners", "Residents",
            "The regional mayor", "Local businesses", "The transport authority"]
VERBS = ["said", "warned", "argued", "insisted", "confirmed", "suggested"]
OBJECTS = ["the new timetable would cut journey times", "fares had risen faster than wages",
           "the depot would close by the end of the year", "more drivers were being trained",
           "the route had never covered its costs", "passenger numbers were recovering slowly",
           "the consultation had been rushed", "funding for rural services was at risk"]
QUOTES = ["We have listened to people and we will keep listening.",
          "Nobody should have to wait an hour in the rain for a bus that never comes.",
          "This is about whether a village can survive without a car.",
          "The figures simply do not add up, and everyone in this room knows it.",
          "I have driven this route for twenty years and I have never seen it so empty.",
          "We cannot keep spending money we do not have on services nobody uses.",
          "If we get this wrong, it will take a decade to put right."]


def article(words: int, seed: int = 0, title: str | None = None) -> str:
    """A pasted article of about `words` words with masthead, headline, byline and quotes."""
    rng = random.Random(seed)
    head = title or f"Bus routes face the axe as county draws up plan number {seed}"
    out = ["The County Herald", "News", "Politics", "", head, "",
           "Campaigners say rural villages will be cut off if the plan goes ahead", "",
           "By Sam Reed, Transport Correspondent", ""]
    count = 0
    while count < words:
        if rng.random() < 0.45:
            name, short, pronoun = rng.choice(SPEAKERS)
            q1, q2 = rng.sample(QUOTES, 2)
            form = rng.randrange(3)
            if form == 0:
                para = f"{name} said: \u201c{q1} {q2}\u201d"
            elif form == 1:
                para = f"\u201c{q1}\u201d {short} said. \u201c{q2}\u201d"
            else:
                para = f"\u201c{q1}\u201d said {short}."
        else:
            para = " ".join(
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
                for _ in range(rng.randint(2, 4)))
        out += [para, ""]
        count += len(para.split())
    out += ["READ MORE: Rail fares to rise again in March", "", "Share this article", ""]
    return "\n".join(out)


def edited(text: str, which: int = 0) -> str:
    """The same article with one body paragraph changed (a different one for each `which`)."""
    paras = text.split("\n\n")
    narration = [i for i in range(len(paras) // 2, len(paras)) if paras[i].startswith(tuple(SUBJECTS))]
    if which >= len(narration):
        raise ValueError("no narration paragraph to edit")
    i = narration[which]
    paras[i] = paras[i].replace(".", ", the report found.", 1)
    return "\n\n".join(paras)
