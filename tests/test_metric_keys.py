"""Metric keys: the same series gets the same key however an article words it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parsers.metrics import Catalog, metric_key

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("phrase", "place", "share_of", "key"),
    [
        # where a series is measured does not narrow it
        ("cross-border e-commerce imports and exports of south China's Hainan Province", "Hainan", None,
         "cn.cross_border_ecommerce_trade"),
        # a share of exports is of exports: the part's flow is the whole's
        ("digitally delivered services exports", "World", "services exports",
         "world.digitally_delivered_services_share_of_services_exports"),
        ("digitally delivered services", "Japan", "total services exports",
         "jp.digitally_delivered_services_share_of_services_exports"),
        # a concept that is itself a share is not a share of its whole twice
        ("core digital economy industries", "China", "GDP",
         "cn.digital_economy_core_industries_share_of_gdp"),
        # a whole without words of its own leaves a plain share
        ("cross-border e-commerce", "China", "the total", "cn.cross_border_ecommerce_share"),
        ("digitally delivered services exports", "United Kingdom", None,
         "uk.digitally_delivered_services_exports"),
        # a place's title names no measure
        ("digital economy", "Saudi Arabia", "the Kingdom's GDP", "sa.digital_economy_share_of_gdp"),
        ("digital economy", "Malaysia", "the country's gross domestic product",
         "my.digital_economy_share_of_gdp"),
        # a balance of a concept's trade says "trade" when the text does
        ("the surplus on services trade", "India", None, "in.services_trade_surplus"),
        ("computer services deficit", "Japan", None, "jp.computer_services_deficit"),
        # a key's words are written without their accents
        ("exportations de services numériques", "Canada", None, "ca.exportations_de_services_numeriques"),
        # a flow with one partner is its own series; exports from a place are that place's own
        ("cross-border e-commerce exports to the EU", "China", None,
         "cn.cross_border_ecommerce_exports_to_eu"),
        ("IT exports to USA", "Uzbekistan", None, "uz.it_exports_to_united_states"),
        ("online direct purchases from China", "South Korea", None, "kr.online_direct_purchases_from_china"),
        ("exports of digitally delivered services from the EU", "EU", None,
         "eu.digitally_delivered_services_exports"),
    ],
)  # fmt: skip
def test_keys(phrase: str, place: str, share_of: str | None, key: str) -> None:
    assert metric_key(CATALOG, phrase, place, share_of) == key


def test_the_blocs_exports_beyond_it_and_indias_software_and_it_enabled_services_are_their_series() -> None:
    assert metric_key(CATALOG, "extra-EU exports of digitally delivered services", "EU") == (
        "eu.digitally_delivered_services_exports"
    )
    assert (
        metric_key(CATALOG, "software and IT-enabled services exports", "India")
        == "in.software_services_exports"
    )


def test_counts_of_months_places_and_years_and_the_world_as_partner_leave_a_series_as_it_is() -> None:
    assert metric_key(CATALOG, "software services exports in the first nine months", "India") == (
        "in.software_services_exports"
    )
    assert (
        metric_key(CATALOG, "online retail sales across the six states", "GCC") == "gcc.online_retail_sales"
    )
    assert (
        metric_key(CATALOG, "services trade deficit with the world", "Canada") == "ca.services_trade_deficit"
    )
    assert metric_key(CATALOG, "growth between 2019 and 2024 of cloud revenue", "Ireland") == (
        "ie.growth_cloud_revenue"
    )


def test_inbound_and_outbound_cross_border_e_commerce_are_its_imports_and_exports() -> None:
    assert (
        metric_key(CATALOG, "inbound cross-border e-commerce", "Canada")
        == "ca.cross_border_ecommerce_imports"
    )
    assert (
        metric_key(CATALOG, "outbound cross-border e-commerce", "Canada")
        == "ca.cross_border_ecommerce_exports"
    )


def test_cross_border_e_commerce_transactions_are_its_trade() -> None:
    assert (
        metric_key(CATALOG, "cross-border e-commerce transactions", "Zhejiang")
        == "cn.cross_border_ecommerce_trade"
    )
