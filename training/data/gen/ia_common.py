"""Helpers shared by the insurance and accounting generators: people and company names, question phrasing,
Markdown tables and journal entries."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from training.data.gen.common import money

NAMES: tuple[str, ...] = (
    "Maya", "Daniel", "Priya", "Marcus", "Elena", "James", "Aisha", "Tom", "Sofia", "Kenji", "Grace", "Luis",
    "Hannah", "Omar", "Chloe", "Raj", "Nora", "Ethan", "Fatima", "Ben", "Ingrid", "Carlos", "Mei", "Derek",
    "Olivia", "Samuel", "Leah", "Victor", "Zoe", "Andre", "Ruth", "Kwame", "Julia", "Pavel", "Tara", "Hugo",
    "Amara", "Noah", "Lucia", "Wes",
)

COMPANIES: tuple[str, ...] = (
    "Birchwood Supply Co.", "Harbor Lane Foods", "Northgate Tools", "Pinecrest Outfitters", "Alder & Moss Ltd.",
    "Summit Ridge Electronics", "Bluewater Marine", "Copperleaf Interiors", "Redstone Logistics", "Willow Creek Dairy",
    "Ironbridge Fabrication", "Lakeside Printing", "Maple Row Furniture", "Orion Medical Devices", "Quarry Hill Stone",
    "Silverline Bikes", "Tidewater Seafood", "Vantage Software", "Westbrook Apparel", "Yellowpine Lumber",
    "Cobalt Analytics", "Evergreen Landscaping", "Foxglove Cosmetics", "Granite Peak Brewing", "Juniper Labs",
)


def ask(rng: random.Random, phrasings: Sequence[str], **fields: object) -> str:
    """One of ``phrasings`` chosen by ``rng``, filled with ``fields`` (``str.format`` names)."""
    return rng.choice(phrasings).format(**fields)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown pipe table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def possessive(name: str) -> str:
    """``Maya's``, ``Harbor Lane Foods'``."""
    return name + ("'" if name.endswith("s") else "'s")


def two_names(rng: random.Random) -> tuple[str, str]:
    """Two different first names."""
    a, b = rng.sample(NAMES, 2)
    return a, b


def journal(lines: Sequence[tuple[str, float, float]]) -> str:
    """A journal entry as a Markdown table (Account | Debit | Credit); zero amounts are left blank."""
    rows = [(acct, money(dr) if dr else "", money(cr) if cr else "")
            for acct, dr, cr in lines]
    return table(("Account", "Debit", "Credit"), rows)
