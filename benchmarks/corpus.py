"""A benchmark corpus: thousands of distinct wire-style articles about international relations,
recombined from sentence templates written for it (states, officials, days, figures), and
reproducible from a seed number.

usage: python benchmarks/corpus.py OUT_DIR [--articles 2000] [--seed 1]

Each article is a .txt file with a header block (Title, Source, Published), a dateline, six to
twelve event sentences of several PLOVER categories with attribution, denials and intentions,
and background sentences that carry no event, so the parser sees the mix real news has.
"""
from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

STATES = [("United States", "Washington", "American"), ("China", "Beijing", "Chinese"),
          ("Russia", "Moscow", "Russian"), ("Ukraine", "Kyiv", "Ukrainian"), ("France", "Paris", "French"),
          ("Germany", "Berlin", "German"), ("Japan", "Tokyo", "Japanese"), ("India", "New Delhi", "Indian"),
          ("Brazil", "Brasilia", "Brazilian"), ("Turkey", "Ankara", "Turkish"), ("Iran", "Tehran", "Iranian"),
          ("Israel", "Jerusalem", "Israeli"), ("Egypt", "Cairo", "Egyptian"), ("Kenya", "Nairobi", "Kenyan"),
          ("Mexico", "Mexico City", "Mexican"), ("Canada", "Ottawa", "Canadian"), ("Poland", "Warsaw", "Polish"),
          ("South Korea", "Seoul", "South Korean"), ("Australia", "Canberra", "Australian"),
          ("Saudi Arabia", "Riyadh", "Saudi"), ("Pakistan", "Islamabad", "Pakistani"),
          ("Indonesia", "Jakarta", "Indonesian"), ("Nigeria", "Abuja", "Nigerian"), ("Vietnam", "Hanoi", "Vietnamese"),
          ("Philippines", "Manila", "Philippine"), ("Argentina", "Buenos Aires", "Argentine"),
          ("Cuba", "Havana", "Cuban"), ("Venezuela", "Caracas", "Venezuelan"), ("Ethiopia", "Addis Ababa", "Ethiopian"),
          ("Sweden", "Stockholm", "Swedish")]
GIVEN = ["Maria", "Ahmed", "Elena", "Kenji", "Olusegun", "Camila", "Pavel", "Amira", "Lucas", "Ingrid", "Rahul",
         "Sofia", "Tomasz", "Leila", "Diego", "Hiroshi", "Nadia", "Omar", "Katarzyna", "Mehmet"]
FAMILY = ["Alvarez", "Haddad", "Petrova", "Tanaka", "Adeyemi", "Rojas", "Novak", "Farouk", "Silva", "Lindqvist",
          "Mehta", "Costa", "Kowalczyk", "Karimi", "Moreno", "Sato", "Aziz", "Yilmaz", "Brennan", "Okonkwo"]
ROLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Trade Minister"]
TOPICS = ["fishing rights", "a border crossing", "grain exports", "a gas pipeline", "visa rules", "a disputed island",
          "port fees", "steel tariffs", "a prisoner exchange", "water sharing", "air routes", "a naval exercise"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENTS = [
    "{A} and {B} held talks on {topic} in {city} on {day}, officials from both sides said.",
    "{A_person}, {A}'s {A_role_lower}, met {B_person} on {day} to discuss {topic}.",
    "{A} said it had exchanged messages with {B} about {topic} but denied that formal negotiations had begun.",
    "{A_demonym} officials said they were ready to negotiate with {B} over {topic}.",
    "{A} signed an agreement with {B} on {topic} on {day}, the {A_demonym} foreign ministry said.",
    "{A} agreed to resume {topic} talks with {B} next month, according to a statement.",
    "{A} pledged {amount} in aid to {B} after {day}'s meeting.",
    "{A} accused {B} of violating the agreement on {topic}, {A_person} told reporters.",
    "{B} rejected the accusation and denied that it had broken any agreement.",
    "{A} condemned {B}'s decision on {topic} as a provocation.",
    "{A_person} criticised {B} for its handling of {topic} in a speech on {day}.",
    "{A} threatened to impose sanctions on {B} if it did not change course on {topic}.",
    "{A} warned {B} that it would retaliate over {topic}.",
    "{A} imposed new tariffs on {B_demonym} goods on {day}, citing {topic}.",
    "{A} expelled two {B_demonym} diplomats on {day}, the foreign ministry said.",
    "{A} recalled its ambassador from {B} for consultations over {topic}.",
    "{A} suspended talks with {B} on {topic}, a government spokesperson said.",
    "{A_demonym} forces detained {amount_small} {B_demonym} fishermen near {topic_place}, {B} said.",
    "{B} said {A_demonym} drones struck a depot near the border on {day}, a claim {A} denied.",
    "{A} deployed troops to its border with {B} on {day}, according to satellite images.",
    "{A} released {amount_small} {B_demonym} prisoners on {day} as part of a deal.",
    "{A} offered to mediate between {B} and {C} over {topic}.",
    "{A} and {B} said they would cooperate on {topic} and share intelligence.",
    "{A_person} said {A} would not accept any deal with {B} on {topic}.",
    "{A} demanded that {B} withdraw its forces from the area.",
    "{A} called on {B} to release the detained journalists.",
    "{A} praised {B}'s decision to reopen the consulate in {city}.",
]
BACKGROUND = [
    "The dispute over {topic} has simmered for years.",
    "Analysts said the move could weigh on regional markets.",
    "Trade between the two countries reached {amount} last year.",
    "The talks come ahead of a regional summit later this month.",
    "Officials spoke on condition of anonymity because they were not authorised to brief the media.",
    "The ministry did not respond to a request for comment.",
    "Prices for {topic_good} have risen sharply since the spring.",
    "Both governments face elections next year.",
    "The statement did not give further details.",
    "Shares in shipping companies fell by {percent} percent on {day}.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(number: int, rng: random.Random) -> tuple[str, str]:
    """One article's file name and text."""
    a, b, c = rng.sample(STATES, 3)
    published = date(2025, 1, 1) + timedelta(days=rng.randrange(700))
    role_a, role_b = rng.choice(ROLES), rng.choice(ROLES)
    slots = {"A": a[0], "B": b[0], "C": c[0], "city": rng.choice([a[1], b[1], c[1]]),
             "A_demonym": a[2], "B_demonym": b[2], "A_person": f"{a[2]} {role_a} {_person(rng)}",
             "B_person": f"{b[2]} {role_b} {_person(rng)}", "A_role_lower": role_a.lower(),
             "topic": rng.choice(TOPICS), "topic_place": f"the {rng.choice(['northern', 'eastern', 'southern'])} coast",
             "topic_good": rng.choice(["grain", "gas", "steel", "fertiliser"]),
             "day": rng.choice(WEEKDAYS), "amount": f"${rng.randint(2, 90)}.{rng.randint(0, 9)} billion",
             "amount_small": str(rng.randint(2, 40)), "percent": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"}
    sentences = [template.format(**slots) for template in rng.sample(EVENTS, rng.randint(6, 12))]
    for _ in range(rng.randint(3, 6)):
        sentences.insert(rng.randrange(1, len(sentences) + 1), rng.choice(BACKGROUND).format(**slots))
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    paragraphs[0] = f"{a[1].upper()} ({number}) - {paragraphs[0]}"
    title = f"{a[0]} and {b[0]} at odds over {slots['topic']}" if rng.random() < 0.5 else \
        f"{a[0]} and {b[0]} discuss {slots['topic']}"
    header = f"Title: {title}\nSource: https://news.example/{published.isoformat()}/{number}\nPublished: {published.isoformat()}\n\n"
    return f"{number:06d}.txt", header + "\n\n".join(paragraphs) + "\n"


def articles(count: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    for number in range(count):
        yield article(number, rng)


def write(folder: Path, count: int, seed: int = 1) -> Path:
    """Write `count` articles as .txt files into `folder`; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles(count, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
