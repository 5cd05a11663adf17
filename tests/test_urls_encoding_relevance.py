from __future__ import annotations

import tomllib
from pathlib import Path

from parsers.encoding import charset_from_content_type, decode_html
from parsers.relevance import Topic, score
from parsers.urls import canonical_url


def test_canonical_url_drops_tracking_fragment_and_default_port() -> None:
    assert (
        canonical_url("HTTPS://News.Test:443/a/b.html?utm_source=rss&id=7&fbclid=x#comments")
        == "https://news.test/a/b.html?id=7"
    )
    assert canonical_url("http://news.test") == "http://news.test/"
    assert canonical_url("http://news.test:8080/x?b=2&a=1") == "http://news.test:8080/x?a=1&b=2"


def test_canonical_url_leaves_other_schemes_alone() -> None:
    assert canonical_url("file:///etc/passwd") == "file:///etc/passwd"


def test_charset_from_content_type() -> None:
    assert charset_from_content_type("text/html; charset=GBK") == "GBK"
    assert charset_from_content_type('text/html; charset="utf-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


def test_gbk_page_declared_only_in_meta_tag() -> None:
    html = '<html><head><meta charset="gb2312"></head><body><p>数字贸易 2.9万亿元</p></body></html>'
    text, encoding = decode_html(html.encode("gbk"))
    assert "数字贸易" in text
    assert encoding == "gb18030"


def test_header_charset_that_is_wrong_falls_back() -> None:
    html = '<html><head><meta charset="gbk"></head><body><p>跨境电商</p></body></html>'
    text, _ = decode_html(html.encode("gbk"), http_charset="utf-8")
    assert "跨境电商" in text


def test_byte_order_mark_wins() -> None:
    text, encoding = decode_html("\ufeff<p>café</p>".encode("utf-8-sig"), http_charset="iso-8859-1")
    assert "café" in text
    assert encoding == "utf-8"


TOPIC = Topic(
    phrases=(("digital trade", 3.0), ("cross-border e-commerce", 3.0), ("e-commerce", 1.0)), threshold=4
)


def test_relevance_counts_phrases_with_word_boundaries_and_title_bonus() -> None:
    result = score(TOPIC, "Digital-trade rules and cross-border e-commerce grew.", title="Digital trade")
    assert result.relevant
    assert result.matched == {"digital trade": 2, "cross-border e-commerce": 1, "e-commerce": 1}
    assert result.score == 3 + 6 + 3 + 1


def test_relevance_rejects_off_topic_text() -> None:
    result = score(TOPIC, "The match ended 3-1 after a late header; tradewinds were light.")
    assert not result.relevant and result.score == 0 and result.matched == {}


def test_relevance_caps_repetition() -> None:
    assert score(TOPIC, "e-commerce " * 50).score == 3


def test_trade_and_digital_in_one_sentence_widen_the_net() -> None:
    topic = Topic.from_dict(
        {
            "threshold": 4,
            "phrases": {"digital trade": 3},
            "pairs": {"weight": 1.5, "trade": ["exports"], "digital": ["games", "webtoons"]},
        }
    )
    text = "Exports of games rose. Webtoons exports doubled. Games and webtoons exports led. Rain fell."
    result = score(topic, text)
    assert result.relevant and result.score == 4.5
    assert not score(topic, "Exports of steel rose. Imports fell.").relevant


def test_acronyms_in_the_topic_lists_match_in_capitals_only() -> None:
    topic = Topic.from_dict(
        {
            "threshold": 3,
            "phrases": {"services exports": 1},
            "pairs": {"weight": 1.5, "trade": ["exporters", "exports"], "digital": ["IT"]},
        }
    )
    text = "Services exports grew. Its IT exporters hired staff. IT-enabled exports rose."
    assert score(topic, text).relevant
    lowered = "Services exports grew. It said exporters hired staff. It thinks exports rose."
    assert not score(topic, lowered).relevant


def test_the_shipped_topic_counts_outsourced_services_as_digital_trade() -> None:
    topic = _shipped_topic()
    text = (
        "Offshore service outsourcing contracts signed by Chinese firms grew 9 percent. "
        "The country's IT-BPM industry, led by business process outsourcing, added 80,000 jobs."
    )
    assert score(topic, text).relevant
    assert not score(topic, "Factories added 80,000 jobs as steel output grew 9 percent.").relevant


def test_the_shipped_topic_knows_the_it_and_business_process_industry_by_its_full_name() -> None:
    text = "The IT and Business Process Association surveyed 300 member companies. Headcount rose 7%."
    assert score(_shipped_topic(), text).relevant
    assert not score(_shipped_topic(), "The IT department reviewed its business processes.").relevant


def _shipped_topic() -> Topic:
    shipped = Path(__file__).resolve().parents[1] / "config" / "topic.toml"
    return Topic.from_dict(tomllib.loads(shipped.read_text(encoding="utf-8")))


def test_the_shipped_topic_counts_chip_and_electronics_trade_as_digital() -> None:
    text = (
        "Vietnam's chip exports rose 14 percent in May. Exports of electronics made up a third of the total. "
        "Semiconductor exports to Korea doubled, while imports of fabric fell."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(_shipped_topic(), "Cyclists wore timing chips. Exports of rice rose.").relevant


def test_the_shipped_topic_counts_remittances_and_cross_border_payments() -> None:
    text = (
        "The money transfer firm said customers sent more across borders from its app. "
        "Remittances to Nepal rose 7 percent."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(_shipped_topic(), "The club paid a transfer fee for the striker.").relevant


def test_the_shipped_topic_counts_online_shopping_and_small_parcels() -> None:
    title = "Small-parcel duty changes how Chileans shop"
    text = "Online shopping kept growing, though online purchases from abroad slowed after the duty."
    assert score(_shipped_topic(), text, title).relevant
    assert not score(_shipped_topic(), "Shopping malls reopened. The parcel of land was sold.").relevant


def test_the_shipped_topic_counts_a_customs_bulletin_on_courier_and_parcel_shipments() -> None:
    text = (
        "Customs bulletin: courier and parcel shipments. Courier shipments cleared rose 9 percent in April; "
        "parcel shipments from Asia made up half."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(_shipped_topic(), "The courier was late. The parcel held a book.").relevant


def test_the_shipped_topic_counts_data_transfers_cloud_services_and_purchases_from_foreign_sites() -> None:
    topic = _shipped_topic()
    for text in (
        "The authority approved 412 data transfers to third countries under the adequacy decision.",
        "The provider will open a cloud region in Johor; its cloud services are sold to clients abroad.",
        "Overseas direct purchases by Korean consumers rose 12 percent in the quarter.",
        "The Digital Markets Act and the Digital Services Act bind the largest platforms.",
    ):
        assert score(topic, text).relevant, text
    assert not score(topic, "Clouds gathered over the stadium as the transfer window closed.").relevant


def test_the_shipped_topic_counts_sales_abroad_of_digital_products() -> None:
    text = (
        "Domestic game studios earned more overseas revenue from mobile games. "
        "Fintech apps won foreign customers. AI servers were shipped abroad."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(
        _shipped_topic(), "The band toured abroad. Fans bought servers' aprons at the stadium."
    ).relevant


def test_data_centres_and_cloud_services_sold_abroad_are_on_topic() -> None:
    text = (
        "Thailand approved 52 billion baht of data centre investments in the first half. Foreign operators "
        "hold most of the approved data centres. Exports of telecommunications, computer and information "
        "services rose 9 per cent. A game studio's overseas downloads doubled."
    )
    assert score(_shipped_topic(), text).relevant


def test_an_it_services_firms_results_are_on_topic() -> None:
    text = (
        "Wipro reported quarterly revenue of $2.6 billion. The IT services company earns most of its revenue "
        "abroad. The industry body puts technology sector exports at $224 billion."
    )
    assert score(_shipped_topic(), text).relevant


def test_the_shipped_topic_counts_global_business_services_by_their_acronym_and_delivery_centres() -> None:
    text = (
        "Offshore revenue of the global business services (GBS) sector rose 17%. About 83,000 people serve "
        "international clients from delivery centres in Cape Town. GBS employers added 29,500 jobs."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(
        _shipped_topic(), "The delivery centres of the courier reopened after the storm."
    ).relevant


def test_the_shipped_topic_counts_balance_of_payments_names_of_digital_services() -> None:
    text = "Korea's gap on digital-related services grew as payments for cloud and computer services rose."
    assert score(_shipped_topic(), text, "The digital-related services balance").relevant
    assert not score(_shipped_topic(), "The repair shop fixed 40 computers for the school.").relevant


def test_the_shipped_topic_counts_e_money_and_nearshore_and_global_services_sectors() -> None:
    topic = _shipped_topic()
    assert score(topic, "Electronic money transactions rose; e-money accounts passed 60 million.").relevant
    assert score(topic, "The nearshore software firm grew as offshoring to Morocco rose.").relevant
    assert score(topic, "The global services sector employed 60,000.", "Global services sector jobs").relevant
    assert not score(topic, "The sector employed 60,000 people in the services of the port.").relevant


def test_the_shipped_topic_counts_what_marketplaces_payment_firms_and_it_exporters_report() -> None:
    topic = _shipped_topic()
    texts = (
        "Festival GMV hit 1.46 trillion som. Gross merchandise value rose 8%; GMV per buyer and GMV doubled.",
        "TPV reached US$8.4 billion, up 52%. We added 40 local payment methods; payment volume doubled.",
        "The total contract value of new wins was $2.31 billion; TCV from AI-led deals and renewal TCV rose.",
        "Total contract value (TCV) of large deal wins was US$1.14 billion.",
        "Low-value consignments from foreign online stores rose 12%, and online merchants shipped more.",
        "Cashless payments rose to 42% of spending; the cashless payment ratio passed the goal.",
        "Instant payments doubled and mobile wallets took a third of online payments.",
        "Low-value goods bought online are declared under IOSS, the Import One-Stop Shop.",
        "VAT on personal imports: parcels from AliExpress, Temu and Shein, sent as small packets.",
        "Courier imports rose 9%, and postal imports of parcels worth under $50 doubled.",
        "Express shipments rose, and the express shipments regime cleared more; electronic commerce grew.",
    )
    assert all(score(topic, text).relevant for text in texts)
    assert not score(
        topic, "The stadium's contract value rose; fans paid by card at the local stores."
    ).relevant
    assert not score(topic, "Tickets cost $40; the stadium takes contactless card payments only.").relevant


def test_the_shipped_topic_counts_a_digital_service_tax_named_in_the_singular() -> None:
    text = "Digital service tax receipts rose as the digital service tax took in more from foreign platforms."
    assert score(_shipped_topic(), text, "Digital Service Tax: annual report").relevant


def test_the_shipped_topic_counts_e_shops_and_internet_retail_as_statistics_offices_name_them() -> None:
    text = (
        "Online sales rose 1.2% on the month. Mail order and internet sales rose 9.4%; e-shops sold more "
        "abroad, and internet retail employed 4.2% more people."
    )
    assert score(_shipped_topic(), text, "Flash estimate: retail trade").relevant
    assert not score(_shipped_topic(), "The shop sold 40 bicycles; the internet cafe opened at 9.").relevant


def test_the_shipped_topic_counts_knowledge_based_services_as_latin_american_statistics_name_them() -> None:
    text = (
        "Sales abroad of knowledge-based services rose 5.1% to US$2.2 billion in the quarter, and the "
        "knowledge economy now employs 240,000 people."
    )
    assert score(_shipped_topic(), text, "Services balance, second quarter").relevant
    assert not score(_shipped_topic(), "The museum's knowledge of the economy of the empire grew.").relevant


def test_the_shipped_topic_counts_low_value_shipments_and_imports_as_border_agencies_name_them() -> None:
    text = (
        "Couriers declared 61 million low-value shipments last year. The review of low-value imports asks "
        "whether the low-value courier regime should keep its tax threshold."
    )
    assert score(_shipped_topic(), text, "Notice to importers").relevant
    assert not score(_shipped_topic(), "The low-value coins were shipped to the museum in crates.").relevant


def test_a_manufacturers_web_shop_and_remote_maintenance_sold_abroad_are_on_topic() -> None:
    text = (
        "The toolmaker's web shop for spare parts took 12,000 orders last year. Its remote maintenance "
        "service now watches 900 machines in 30 countries, and remote-maintenance contracts bring in a fifth "
        "of its turnover."
    )
    assert score(_shipped_topic(), text).relevant
    assert not score(
        _shipped_topic(), "The corner shop reopened. Maintenance of the bridge starts in May."
    ).relevant


def test_shoppers_buying_abroad_by_parcel_are_on_topic() -> None:
    title = "How Peruvians shop abroad, one parcel at a time"
    text = (
        "Peruvians received 2.1 million parcels through the courier channel between January and June, "
        "customs records show. Most were personal imports of clothing and phone accessories."
    )
    assert score(_shipped_topic(), text, title=title).relevant
    assert not score(_shipped_topic(), "The shop stayed closed while its owner was abroad.").relevant
