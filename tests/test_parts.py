"""Parts and wholes: a figure the text makes a part of another links to it (`part_of`)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, GOLD

import claimx
from claimx.records import Claim


def whole_of(claims: list[Claim], mention: str, occurrence: int = 0) -> str | None:
    """The text of the whole the `occurrence`-th claim reading `mention` is linked to."""
    matching = [c for c in claims if c.text == mention]
    assert len(matching) > occurrence, (mention, [c.text for c in claims])
    part = matching[occurrence]
    if part.part_of is None:
        return None
    wholes = [c for c in claims if c.claim_id == part.part_of]
    assert len(wholes) == 1, part.part_of  # a link always names a claim of the same text
    return wholes[0].text


LINKS = [
    # inclusion lists, the whole before them
    ("Floods damaged 260 homes, including 45 schools and 12 clinics.", "45", "260"),
    ("Floods damaged 260 homes, including 45 schools and 12 clinics.", "12", "260"),
    ("The ministry said 1,204 people were injured in the riots, including 88 police officers.",
     "88", "1,204"),
    ("The group booked a one-off charge of 2.1bn euros, including a 400m euro write-down.",
     "400m euro", "2.1bn euros"),
    ("The bank set aside $3bn, including $1.2bn for legal claims.", "$1.2bn", "$3bn"),
    ("Revenue rose 9% to $8bn, including $2bn from Asia.", "$2bn", "$8bn"),
    ("The 640 new recruits include 90 engineers.", "90", "640"),
    ("The airline flew 5,000 passengers, such as 700 pilgrims, last month.", "700", "5,000"),
    ("The virus has killed at least 47, including, health officials say, 19 infants.",
     "19", "at least 47"),
    # relative partitives
    ("Rescuers found 52 survivors, of whom 14 needed surgery and 3 later died.", "14", "52"),
    ("Rescuers found 52 survivors, of whom 14 needed surgery and 3 later died.", "3", "52"),
    ("The firm has debts of $900m, of which $250m falls due this year.", "$250m", "$900m"),
    # partitives
    ("Only 18 of the 27 member states have ratified the treaty.", "18", "27"),
    ("Some 31 clubs out of 92 reported losses.", "Some 31", "92"),
    ("Almost 40% of the 2,300 workers surveyed said they feared for their jobs.",
     "Almost 40%", "2,300"),
    ("The company employs 12,000 staff and plans to cut a quarter of them.", "a quarter",
     "12,000"),
    ("The storm left over 8,000 of the town's 30,000 residents without power.", "over 8,000",
     "30,000"),
    # fronted and pronoun partitives, also across a sentence
    ("Of the 64 passengers, 9 were children and 4 were crew.", "9", "64"),
    ("Of the 64 passengers, 9 were children and 4 were crew.", "4", "64"),
    ("The blast killed 23 people. Of these, 11 were soldiers.", "11", "23"),
    ("About 7,000 teachers are among the 60,000 public workers due to strike.", "About 7,000",
     "60,000"),
    ("Online sales rose to £84m. Within this, mobile sales totalled £31m.", "£31m", "£84m"),
    # a share of a share: "these" are the 58%, not the 1,500 asked
    ("Some 58% of the 1,500 voters polled said they had voted early. Of these, 70% did so "
     "by post.", "70%", "Some 58%"),
    # "those" with a restriction still points back when a figure counted the group earlier
    ("About 12,000 jobs were lost last year, an estimated 70% of those in manufacturing.",
     "an estimated 70%", "About 12,000"),
    # an inclusion told by a relative clause, and a fronted "Of that"
    ("The firm has debts of more than $80m which include the $35m owed to its bank.", "$35m",
     "more than $80m"),
    ("The plan rests on £20 billion of savings. Of that, £12 billion would go on schools.",
     "£12 billion", "£20 billion"),
    # "them" are the counted group, not the bare number it was taken out of
    ("The review found 58 lawyers out of 130 - among them 14 judges - backed the plan.", "14",
     "58"),
    # "them" names the group again, not the share last taken of it
    ("The survey covered 300 firms. Only 42% of them said cost mattered most. Half of them "
     "cited skills.", "Half", "300"),
    # breakdowns set beside the total, and a spread with "with"
    ("Police arrested 31 people, 19 men and 12 women, on Saturday.", "19", "31"),
    ("The blaze destroyed 420 buildings: 300 homes and 120 shops.", "120", "420"),
    ("The retailer runs 1,800 stores worldwide, with about 650 in France.", "about 650",
     "1,800"),
    ("A total of 2,910 cases were confirmed, with 310 recorded in the past week.", "310",
     "2,910"),
    # the whole is the figure itself, not its conversion
    ("Former directors agreed to pay $54m (£29m), including $18m from their own pockets.",
     "$18m", "$54m"),
    # a restatement shares the whole of the figure it restates
    ("The group took a 900m euro charge, including a 350m euro ($455m) write-down.",
     "350m euro", "900m euro"),
    ("The group took a 900m euro charge, including a 350m euro ($455m) write-down.",
     "$455m", "900m euro"),
]

NOT_LINKED = [
    # conversions, changes and results, comparisons: never parts
    ("The deal is worth 77m euros (£53m; $100m).", "£53m"),
    ("Profits rose 12% to $3.1bn.", "$3.1bn"),
    ("Sales of 40,000 cars were up from 32,000 a year earlier.", "32,000"),
    ("It made a profit of $30m on sales of $400m.", "$30m"),
    # a property of a listed member is not a part of the count
    ("The region had dozens of tremors last month, including a 5.9 quake on Monday.", "5.9"),
    ("Twelve people were hurt, including a 67-year-old man.", "67-year-old"),
    # a share of a whole with no figure
    ("Exports make up 35% of the economy.", "35%"),
    # "compared with" sets a figure beside another, it does not spread it
    ("Net profit was $50m in the quarter, compared with $80m a year earlier.", "$80m"),
    ("Shoppers spent £12bn on cards, compared with £11bn paid in cash.", "£11bn"),
    # a share in an inclusion list is no part of a count
    ("The plan cuts budgets at 9 of 14 agencies, including cuts of 7% at Transport.", "7%"),
    ("The bank is 100% state-owned, but its rival has foreign investors, including a US fund "
     "(31.5%).", "31.5%"),
    # a list after a comma is a breakdown only when it adds up
    ("The firm runs 120 stores, 45 outlets and 30 kiosks.", "45"),
    # "of" on a counted noun relates two groups, it does not take a part
    ("The firm employed three adult children of three directors.", "three"),
    # "includes" as a verb in an aside does not make a later share part of an earlier one
    ("Sales at clothing stores jumped 1.8%, while sales at general stores, a category that "
     "includes department stores, rose by 0.9%.", "0.9%"),
    # "those" with a clause or a phrase of its own names a group no figure counted
    ("Some 22% of those with broadband at home own a player, compared to 8% of those who "
     "use dial-up.", "8%"),
    ("Some 22% of those with broadband at home own a player, compared to 8% of those who "
     "use dial-up.", "Some 22%"),
    # "with N on horseback" describes, it does not spread a total over places
    ("Several hundred people gathered on foot, with 150 on horseback.", "150"),
    # a rank in a list a verb "includes" is no part of the list's size
    ("The magazine's top 100 list includes the Walkman at number three and the remote "
     "control at two.", "two"),
    # a side of a score is no part of a count beside it
    ("The club slipped to 13 points behind the leaders with a 1-0 defeat at the hands of "
     "Sevilla.", "1"),
    # an age is no group, and "within N of" measures a distance
    ("Mr Hassan, 31, was arrested with six men seized at a hotel in the city.", "six"),
    ("His goal moved him within 9 of the club record of 180.", "within 9"),
    # a rating out of its scale, and a second site beside a placed first one
    ("The magazine gave the game a rare 10 out of 10 mark.", "10"),
    ("There are 80 staff at the headquarters in Leeds, with 17 at its office in York.", "17"),
    # a plain list is no breakdown: its later counts do not add up to the first
    ("Police seized 40 rifles, 19 pistols and 12 grenades.", "19"),
    # a part bigger than its whole is a misreading, not a part
    ("Only 900 of the 60 delegates voted.", "900"),
    # "excluding" takes out, it does not include
    ("Sales reached $5bn, excluding $1bn of fuel.", "$1bn"),
]


@pytest.mark.parametrize(("text", "part", "whole"), LINKS)
def test_part_links_to_its_whole(nlp, text, part, whole):
    assert whole_of(claimx.extract(text), part) == whole


@pytest.mark.parametrize(("text", "figure"), NOT_LINKED)
def test_figure_that_is_no_part_has_no_link(nlp, text, figure):
    assert whole_of(claimx.extract(text), figure) is None


def test_link_is_a_claim_id_of_the_same_input(nlp):
    """part_of names the whole as claim_id does ("doc:start"), so a join finds it."""
    claims = claimx.extract("Of the 64 passengers, 9 were children.", doc_id="ferry")
    part = next(c for c in claims if c.text == "9")
    assert part.part_of == "ferry:7"
    assert part.to_dict()["part_of"] == "ferry:7"


def test_seed_article_links_match_gold(nlp):
    """Every part -> whole link the gold marks in the seed article, and no other."""
    name = "azerbaijan-landmines"
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in (GOLD / f"{name}.jsonl").open(encoding="utf-8")]
    expected = {(g["start"], g["part_of"]) for g in gold if g.get("part_of")}
    optional = {(g["start"], g["part_of_optional"]) for g in gold if g.get("part_of_optional")}
    got = {(c.start, c.part_of) for c in claimx.extract(text, doc_id=name) if c.part_of}
    assert expected <= got
    assert got - expected <= optional


def test_parts_join_their_whole_in_pandas(nlp):
    """The README's join: the seed article's listed devices add up to their total."""
    text = (CORPUS / "azerbaijan-landmines.txt").read_text(encoding="utf-8")
    frame = claimx.to_frame(claimx.extract(text, doc_id="a"))
    parts = frame.merge(frame, left_on="part_of", right_on="claim_id", suffixes=("", "_whole"))
    devices = parts[parts["text_whole"] == "175,017"]
    assert sorted(devices["text"]) == ["118,999", "21,022", "34,996"]
    assert devices["value"].sum() == devices["value_whole"].iloc[0]
