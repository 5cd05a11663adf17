"""Who set a goal or made a forecast: the body or document named, never a bare pointer."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from parsers.figures import extract
from parsers.issuers import named_bodies
from parsers.metrics import Catalog

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))
PUBLISHED = date(2025, 6, 10)


def issuers(text: str) -> list[str | None]:
    return [t.issuer for t in extract(text, PUBLISHED, CATALOG).targets]


def test_a_pointer_names_the_body_the_text_named_in_full() -> None:
    text = (
        "The Ministry of Trade and Industry said data-centre exports rose sharply last year. "
        "The ministry expects software exports to exceed $40 billion by 2028."
    )
    assert issuers(text) == ["Ministry of Trade and Industry"]


def test_a_short_name_is_the_full_name_given_earlier() -> None:
    text = (
        "The European Commission published its yearly review on Monday. "
        "The Commission projects that cloud use among firms will reach 64 percent by 2030."
    )
    assert issuers(text) == ["European Commission"]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Exports of digital services should exceed 30 percent of services exports by 2030, "
            "according to a plan issued by the Anhui provincial government.",
            "Anhui provincial government",
        ),
        (
            "Under the National Data Strategy 2031, the country aims to lift data-centre capacity to 5,000 "
            "megawatts by 2031.",
            "National Data Strategy 2031",
        ),
        (
            "A projection by the Pacific Trade Institute puts online exports at $80 billion by 2029.",
            "Pacific Trade Institute",
        ),
        (
            "Economists at Harlow Analytics forecast that app exports will grow about 9 percent in 2026.",
            "Harlow Analytics",
        ),
        (
            "Platform sales are expected to reach $12 billion by 2027, "
            "the Digital Commerce Association said.",
            "Digital Commerce Association",
        ),
    ],
)
def test_the_sentence_names_who_set_or_made_it(sentence: str, issuer: str) -> None:
    assert issuers(sentence) == [issuer]


def test_a_pronoun_keeps_the_issuer_of_the_goal_before_it() -> None:
    text = (
        "Kestrel Holdings Ltd, a cross-border logistics company, reported higher parcel volumes. "
        "The company expects revenue to grow at least 15 percent in 2026. "
        "It also plans to open 40 overseas warehouses by 2027."
    )
    assert issuers(text) == ["Kestrel Holdings Ltd", "Kestrel Holdings Ltd"]


def test_a_goal_that_names_no_one_belongs_to_the_document_named_last() -> None:
    text = (
        "The Ministry of Digital Affairs released the Smart Export programme on Tuesday.\n\n"
        "By 2030, e-commerce exports will exceed 500 billion baht."
    )
    assert issuers(text) == ["Smart Export programme"]


def test_a_document_the_text_names_comes_before_one_it_only_mentions() -> None:
    text = (
        "The government approved the National E-commerce Development Plan for 2026-2030, which will take "
        "over from the current five-year plan.\n\nUnder the plan, the main targets are:\n\n"
        "1. B2C e-commerce revenue to reach US$45bn by 2027."
    )
    assert issuers(text) == ["National E-commerce Development Plan"]


def test_bodies_are_found_with_their_acronyms() -> None:
    names = [b.name for b in named_bodies("The Digital Trade Authority (DTA) met the Bank of Ghana.")]
    assert names == ["Digital Trade Authority", "Digital Trade Authority", "DTA", "Bank of Ghana"]


def test_an_owner_a_speaker_and_a_dated_subject_are_the_issuer() -> None:
    owner = "The government's new export strategy aims to lift app exports to $9 billion by 2029."
    assert issuers(owner) == ["government"]
    speaker = "Okafor said sales had held up, and she expected growth of about 7 percent in 2026."
    assert issuers(speaker) == ["Okafor"]
    dated = (
        "The Asian Development Bank on Thursday raised its forecast for regional e-commerce growth "
        "to 11 percent in 2026."
    )
    assert issuers(dated) == ["Asian Development Bank"]


def test_a_heading_run_into_the_subject_is_left_out() -> None:
    text = (
        "Larkspur Group Limited, a cross-border marketplace, reported results on Monday.\n\n"
        "Full Year Outlook\nThe Company expects GMV of about $12 billion in 2026."
    )
    assert issuers(text) == ["Larkspur Group Limited"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Tidewater Economics is less upbeat: it forecasts that app exports will reach "
            "$3 billion in 2027.",
            "Tidewater Economics",
        ),
        ("The Kenyan government aims to lift online exports to $2 billion by 2030.", "Kenyan government"),
        ("Digital Ghana 2030 is targeting 40,000 software jobs by 2030.", "Digital Ghana 2030"),
        (
            "The Revenue Office had projected that the levy would raise $1.2 billion by 2028.",
            "Revenue Office",
        ),
        (
            '"We expect parcels to pass 3 billion a year by 2029," Postal Union Secretary Ana Ruiz '
            "told reporters.",
            "Postal Union Secretary Ana Ruiz",
        ),
        (
            "The Ministry of Trade said exports grew. A ministry spokesperson said platform sales were "
            "expected to exceed $5 billion in 2026.",
            "Ministry of Trade",
        ),
        (
            # "projects" after a name ending in "a" ("Bank Indonesia") is still the verb
            "Bank Indonesia projects e-commerce transactions to reach Rp 530 trillion in 2027.",
            "Bank Indonesia",
        ),
    ],
)
def test_who_speaks_in_other_wordings(text: str, issuer: str) -> None:
    assert issuers(text)[-1] == issuer


def test_a_heading_word_a_month_or_a_plan_period_names_no_issuer() -> None:
    text = (
        "Harbour Institute for Trade | Policy Brief\n\n"
        "Exports rose 5% in the three months to September, the company said. "
        "We project services exports to pass $6 trillion by 2028."
    )
    assert issuers(text) == ["Harbour Institute for Trade"]
    plan = (
        "The Ministry of Commerce issued a guideline on Monday. During the 15th Five-Year Plan period, "
        "China will strive to raise the share of digital services in services trade to more than 45% by 2030."
    )
    assert issuers(plan) == ["guideline"]


def test_the_owner_of_an_outlook_or_a_forecast_issues_it() -> None:
    text = "Exports rose 8% in 2025. The WTO's own outlook expects growth of around 7% in 2026."
    assert issuers(text) == ["WTO"]


def test_a_pronoun_after_that_and_a_companys_management_name_who_spoke() -> None:
    text = (
        "The Ministry of SMEs and Startups said in a release that it seeks to raise the number of small "
        "firms exporting online to 50,000 by 2027.\n\nAllora Group reported results on Tuesday. "
        "Management expects full-year GMV growth of about 9%."
    )
    assert issuers(text) == ["Ministry of SMEs and Startups", "Allora Group"]


def test_more_goal_verbs_and_a_body_speaking_through_its_staff() -> None:
    text = (
        "According to the statistics office, exports rose. The Department of Trade still talks up its "
        "ambition of $900bn of exports a year by 2030. The Bank of Korea put services at $12 billion. The "
        "department has also set a goal of raising software exports to $60 billion by 2030.\n\n"
        "Harbour Analytics expects online sales to reach $40 billion by 2028, and its chief economist Mina "
        "Park projects that cloud exports will grow about 9 per cent a year through 2030."
    )
    assert issuers(text) == ["Department of Trade"] * 2 + ["Harbour Analytics"] * 2


def test_the_body_a_goal_names_airports_states_and_an_attribution_in_an_earlier_clause() -> None:
    text = (
        "Liège Airport handled 118 million parcels in 2024. The airport aims to handle 150 million parcels a "
        "year by 2027, chief executive Marc Delvaux said.\n\n"
        "Penang's online exports rose. Lee said the state aims to lift online exports to RM7 billion by "
        "2027.\n\n"
        "Local providers hold about 30% of the market, according to industry estimates, and the Ministry of "
        "Digital Affairs wants that share to rise to at least 50% by 2030."
    )
    assert issuers(text) == ["Liège Airport", "Penang government", "Ministry of Digital Affairs"]


def test_the_company_of_a_company_report_and_a_subject_after_an_opening_phrase() -> None:
    text = (
        "Velora on Thursday reported net revenue of $1.2 billion, the company said.\n\n"
        "For FY26, Velora expects revenue of $1.5 billion. The company also plans to hire about 2,000 "
        "engineers by 2027."
    )
    assert issuers(text) == ["Velora", "Velora"]


def test_analysts_in_a_later_clause_make_the_goal_after_them_not_the_one_before() -> None:
    text = (
        "The Ministry of SMEs plans to help 10,000 small firms sell abroad by 2027, while analysts at "
        "Hana Securities expect online imports to top $20 billion next year."
    )
    assert issuers(text) == ["Ministry of SMEs", "Hana Securities"]


def test_a_government_named_by_its_level_is_that_of_the_province_the_text_is_about() -> None:
    text = (
        "Fujian's digital trade rose 9 percent in the first half, the provincial commerce department said. "
        "The provincial government aims to lift it above 300 billion yuan by 2027."
    )
    assert issuers(text) == ["Fujian provincial government"]


def test_a_strategy_that_envisages_a_goal_issues_it() -> None:
    text = "The draft National E-Commerce Strategy envisages online sales of at least R150bn by 2030."
    assert issuers(text) == ["National E-Commerce Strategy"]
    text = (
        "The draft strategy envisages small businesses accounting for at least 25% of online sales by 2030."
    )
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == [
        "share of small businesses in online sales"
    ]


def test_a_local_body_named_in_lower_case_is_that_of_the_province_the_text_is_about() -> None:
    text = (
        "Cross-border e-commerce in Henan Province rose 11 percent, the provincial department of commerce "
        "said. "
        "The department expects full-year trade to exceed 290 billion yuan."
    )
    assert issuers(text) == ["Henan provincial department of commerce"]


def test_a_document_named_with_a_year_inside_is_what_the_strategy_points_to() -> None:
    text = (
        "Under the Digital Morocco 2030 strategy, the government aims to create 270,000 jobs by 2030. "
        "The strategy also targets the creation of 3,000 startups by the end of the decade."
    )
    assert issuers(text)[-1] == "Digital Morocco 2030 strategy"


def test_a_conference_on_something_is_a_body_the_agency_points_to() -> None:
    text = (
        "Exports of digital services rose 9% to $4.64 trillion in 2024, the United Nations Conference on "
        "Trade and Development (UNCTAD) said on Wednesday. The agency projects that they will exceed "
        "$5 trillion in 2026."
    )
    assert issuers(text) == ["UNCTAD"]
    text = "The World Trade Organization on Tuesday cut its forecast for 2026 to 0.5%."
    assert issuers(text) == ["World Trade Organization"]


def test_a_strategy_that_aims_the_plan_under_it_and_management_of_a_company_in_focus() -> None:
    text = (
        "The government launched a National Digital Export Strategy that aims to lift IT exports to "
        "$10 billion by 2030.\n\nUnder the strategy, the government will, during 2025-30:\n"
        "- train 500,000 young people as freelancers;\n\n"
        "The plan envisages Rs35 billion in tax credits by 2030."
    )
    assert issuers(text) == ["National Digital Export Strategy"] * 3
    text = (
        "Andina Pay, the Bogota-based cross-border acquirer, reported third-quarter results on Tuesday. "
        "Management expects full-year payment volume of about $47bn."
    )
    assert issuers(text) == ["Andina Pay"]
    text = (
        "The Ministry of Trade said exports grew. The Ministry's forecast sees them above $5 billion in 2026."
    )
    assert issuers(text) == ["Ministry of Trade"]


def test_when_is_no_issuer_and_the_government_alone_is_the_countrys() -> None:
    text = (
        "South Korea will seek to triple its exports of digital services to US$30 bln by 2030, the science "
        "ministry said Wednesday."
    )
    assert issuers(text) == ["science ministry", "science ministry"]  # triple it, to US$30 bln
    text = (
        "Sri Lanka's IT exports rose in 2024.\n\n"
        "The Government aims to grow the digital economy to US$15 billion by 2030."
    )
    assert issuers(text) == ["Sri Lanka government"]
    text = (
        "At its investor day in September, Crossway set a goal of at least 20% revenue growth through 2028."
    )
    assert issuers(text) == ["Crossway"]


def test_the_state_government_is_the_government_of_the_state_the_text_is_about() -> None:
    text = (
        "Jalisco's IT services exports reached US$1.9 billion in 2024.\n\n"
        "The state government wants IT services exports to reach US$3 billion by 2030."
    )
    assert issuers(text) == ["Jalisco state government"]


def test_a_subject_described_in_apposition_before_its_goal_verb_is_the_issuer() -> None:
    text = (
        "The Tech Council of Australia, an industry group, wants tech sector exports to reach A$50 billion "
        "by 2030. Harbourview Economics, a Sydney consultancy, forecasts that exports will pass A$70 billion "
        "in 2026."
    )
    assert issuers(text) == ["Tech Council of Australia", "Harbourview Economics"]


def test_a_source_in_a_later_clause_with_its_own_subject_gives_only_that_clauses_goal() -> None:
    text = (
        "The Financial Sector Development Program aims to lift non-cash payments to 85 percent of retail "
        "payments by 2030, while the e-commerce market is projected to reach SAR 260 billion by 2030, "
        "according to estimates by the Communications, Space and Technology Commission. The national "
        "offshoring strategy, which runs to 2026, envisages digital exports of US$9 billion by 2026."
    )
    found = issuers(text)
    assert (found[0], found[2]) == ("Financial Sector Development Program", "national offshoring strategy")


def test_a_body_described_in_small_letters_is_the_one_named_before_a_document_so_described_is_itself() -> (
    None
):
    text = (
        "The Central Bank of Nigeria published its data on Monday. The apex bank aims to move at least 80 "
        "percent of remittances through formal channels by 2027."
    )
    assert issuers(text) == ["Central Bank of Nigeria"]


def test_a_document_described_in_small_letters_after_under_is_named_as_described() -> None:
    text = "Under the government's digital industry strategy, the aim is to lift receipts to ¥5tn by 2030."
    assert issuers(text) == ["digital industry strategy"]


def test_a_company_speaking_of_itself_in_its_own_report_is_the_issuer() -> None:
    text = (
        "Kiwipay (NZX: KPY) | Annual Report 2025\n\n"
        "Kiwipay reported record revenue of NZ$410 million. The Board has approved guidance for FY26: "
        "we expect revenue growth of 15-18%."
    )
    assert {t.issuer for t in extract(text, PUBLISHED, CATALOG).targets} == {"Kiwipay"}


def test_the_publisher_a_header_names_speaks_for_we_and_for_forecasts_no_one_is_named_for() -> None:
    text = (
        "KESTREL HILL SECURITIES | Kenya Technology | Sector Update\n\n"
        "Kenya's IT exports rose 14% in 2024, the Central Bank of Kenya said. We expect them to reach "
        "US$1.2bn in 2026. Card payments abroad are expected to grow 9% in 2026."
    )
    assert {t.issuer for t in extract(text, PUBLISHED, CATALOG).targets} == {"Kestrel Hill Securities"}


def test_an_advisory_firm_a_header_names_is_the_publisher_of_its_outlook() -> None:
    text = (
        "Regional Digital Economy Outlook 2024\nExecutive summary\n"
        "Tidewater Advisory | Singapore, November 2024\n\n"
        "Outlook\n• GMV is expected to reach US$263bn in 2025."
    )
    assert [t.issuer for t in extract(text, date(2024, 11, 14), CATALOG).targets] == ["Tidewater Advisory"]


def test_the_years_a_plan_runs_are_part_of_its_name() -> None:
    text = "Under the Deccan Digital Economy Plan 2026–31, IT exports should reach ₹5.5 lakh crore by 2031."
    assert [t.issuer for t in extract(text, date(2026, 2, 1), CATALOG).targets] == [
        "Deccan Digital Economy Plan 2026–31"
    ]


def test_the_voice_of_a_rating_agency_a_results_call_a_newsroom_and_an_interview() -> None:
    comment = (
        "Scope Ratings | Sector Comment\n\n"
        "The National Bank of Ukraine reported growth. We expect ICT exports to grow 4%-6% in 2025."
    )
    call = (
        "Pagora Holdings Ltd. (NASDAQ: PGRA)\nSecond Quarter 2025 Earnings Conference Call\n\n"
        "CEO: TPV reached US$8.4 billion. For full-year 2025 we now expect TPV of US$33 billion to US$35 bn."
    )
    newsroom = (
        "Savdo Market | Newsroom\n\nGMV rose 12%. The company aims for GMV above 10 trillion soʻm in 2026."
    )
    interview = (
        "INTERVIEW\n\nWe spoke to Anna Hakobyan, Deputy Minister of High-Tech Industry, about exports.\n\n"
        "Q: What comes next?\nA: The European Union is a market. Our goal is US$2bn in ICT exports by 2030."
    )
    outlook = (
        "African Development Bank Group — Report summary\n\n"
        "Under the Bank's baseline scenario, digital exports are projected to reach US$80 billion by 2030."
    )
    assert [set(issuers(text)) for text in (comment, call, newsroom, interview, outlook)] == [
        {"Scope Ratings"},
        {"Pagora Holdings"},
        {"Savdo Market"},
        {"Ministry of High-Tech Industry"},
        {"African Development Bank Group"},
    ]


def test_a_rating_agency_named_under_its_analysts_below_the_headline_speaks_for_we() -> None:
    text = (
        "SECTOR COMMENT | Financial Institutions | Japan\n10 April 2025\n\n"
        "Card issuers gain as Japan goes cashless\n\n"
        "Analysts: Haruka Mori, Tokyo; Daniel Whitfield, Singapore\nPacific Rim Ratings\n\n"
        "Cashless payments reached 42.8% of spending in 2024, METI said. We expect the ratio to reach "
        "about 50% by 2028."
    )
    assert [t.issuer for t in extract(text, PUBLISHED, CATALOG).targets] == ["Pacific Rim Ratings"]


def test_a_goal_with_the_body_that_set_it_is_that_bodys() -> None:
    text = (
        "The Central Bank said non-cash payments made up 70% of retail transactions in 2023, meeting the "
        "70% goal that the Financial Sector Development Program had set for 2025."
    )
    assert [t.issuer for t in extract(text, PUBLISHED, CATALOG).targets] == [
        "Financial Sector Development Program"
    ]


def test_the_plan_under_which_a_goal_is_set_is_its_issuer() -> None:
    text = (
        "This year is the final year of the 14th Five-Year Plan. We will implement the three-year "
        "action plan for digital trade, under which the region's digital trade is to exceed 100 billion yuan"
        " by 2027."
    )
    assert issuers(text) == ["three-year action plan for digital trade"]


def test_my_forecast_in_a_thread_is_the_authors_employers() -> None:
    text = (
        "Deniz Aksoy @denizaksoy_tr\nChief Economist, Galata Yatırım · views my own\n16 Apr 2025\n\n"
        "1/ E-commerce volume hit ₺3.0 trillion in 2024.\n\n"
        "10/ My forecast: e-exports will grow 20-25% in 2025 in dollar terms."
    )
    assert issuers(text) == ["Galata Yatırım", "Galata Yatırım"]


def test_a_document_sets_the_goal_whoever_adopted_it_in_an_aside() -> None:
    text = (
        "The CNB said card payments rose. The national retail payments strategy, adopted jointly by the CNB "
        "and the Ministry of Finance, sets a goal of at least 80% of credit transfers being instant by 2027."
    )
    assert issuers(text) == ["national retail payments strategy"]


def test_a_plan_named_in_apposition_after_under_is_the_issuer() -> None:
    text = "Under our medium-term management plan, Horizon 2028, we aim to lift GMV to ¥200 billion by 2027."
    assert issuers(text) == ["Horizon 2028"]
    vision = "Under the Economic Modernisation Vision we aim to create 101,000 jobs by 2033, and more."
    assert issuers(vision) == ["Economic Modernisation Vision"]


def test_a_document_that_aimed_or_sets_the_goal_is_its_issuer() -> None:
    said = (
        "The Minister said the Trade Strategy published in June aimed to raise UK exports of digitally "
        "delivered services to £500bn a year by 2030."
    )
    act = (
        "Alpenbank Economic Research expects growth. The Digital Austria Act sets the goal that 80% of the "
        "population should have at least basic digital skills by 2030."
    )
    assert issuers(said) + issuers(act) == ["Trade Strategy", "Digital Austria Act"]


def test_a_document_that_says_what_should_be_is_the_issuer() -> None:
    text = (
        "Values are from the Ministry of Commerce. A guideline on digital trade reform issued in late 2024 "
        "says the share of digitally delivered services in services trade should exceed 45% by 2029."
    )
    result = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.issuer, t.metric) for t in result] == [
        ("guideline", "share of digitally delivered services in services trade")
    ]


def test_a_named_document_with_its_span_of_years_is_the_issuer() -> None:
    text = (
        "The National Bank of Cambodia runs Bakong. Cambodia's Digital Economy and Society Policy Framework "
        "2021–2035 aims to raise the digital economy's contribution to GDP to 6% by 2035."
    )
    assert issuers(text) == ["Cambodia's Digital Economy and Society Policy Framework 2021–2035"]


def test_a_byline_role_after_a_separator_and_management_in_a_prospectus() -> None:
    thread = (
        "Ana Ruiz (@aruiz) · Senior economist, Meridiano Datos · 3 Mar 2025\n\n"
        "1/ Card spending abroad rose 12%.\n\n"
        "2/ My forecast: online imports reach US$ 2.4 bn in 2025."
    )
    prospectus = (
        "PROSPECTUS\nNilepay Systems S.A.E.\nListing on the Egyptian Exchange\n\n"
        "According to the Central Bank of Egypt (CBE), transfers rose 40% in 2024. "
        "Our payment volume rose 41% in 2024. Management expects payment volume of EGP 140 billion in 2025."
    )
    assert issuers(thread) + issuers(prospectus) == ["Meridiano Datos", "Nilepay Systems"]


def test_a_report_named_by_its_title_then_its_authors_is_the_issuer() -> None:
    text = (
        "The Board of Investment approved 40 projects. The Digital Pulse Outlook by Accenture and Visa "
        "projects Vietnam's digital economy at US$ 45-50bn by 2030."
    )
    assert issuers(text) == ["Digital Pulse outlook", "Digital Pulse outlook"]


def test_a_document_named_by_its_title_in_quotes_after_its_kind() -> None:
    pointed = (
        'Launched in 2024, the national strategy "Digital Kenya 2030" has a budget of KSh 9 billion. '
        "The strategy aims to create 100,000 digital jobs by 2030."
    )
    listed = (
        'The national strategy "Digital Kenya 2030" was launched in 2024. '
        "The strategy sets the following objectives for 2030:\n- create 100,000 digital jobs;\n"
        "- support 2,000 start-ups."
    )
    assert issuers(pointed) + issuers(listed) == ["Digital Kenya 2030"] * 3


def test_headers_whose_publisher_has_a_legal_form_a_subunit_or_submits_the_text_speak_for_we() -> None:
    for header, publisher in (
        ("Verband Digitaler Onlinehandel e.V. – Members' update", "Verband Digitaler Onlinehandel"),
        ("CLIENT ALERT | 20 May 2026\nMorava Customs Brokers s.r.o., Brno", "Morava Customs Brokers"),
        ("POLICY BRIEF No. 14\nInstitut Lumière, Digital Economy Programme", "Institut Lumière"),
        (
            "WRITTEN SUBMISSION\nCommittee on ICT\n\nSubmitted by: Digital SMEs Alliance (DSA)",
            "Digital SMEs Alliance",
        ),
        ("Thread by Ana Lim, chief economist at Selat Economic Research · 12 Nov", "Selat Economic Research"),
        ("PAGOS DEL NORTE, S.A.B. DE C.V.\nProspectus", "Pagos Del Norte"),
    ):
        text = f"{header}\n\nThe market grew 4% in 2025. We expect growth of 6% in 2026."
        assert [t.issuer for t in extract(text, PUBLISHED, CATALOG).targets] == [publisher], header
    assert issuers(
        "Ministry of Economy, Trade and Industry (METI)\n\nWe expect exports to hit $5bn in 2026."
    ) == ["Ministry of Economy, Trade and Industry"]


def test_a_speech_a_header_says_a_minister_gave_speaks_for_the_ministry() -> None:
    text = (
        "Budget Bill 2026: excerpt from the address of the Minister of Economy and Finance\n\n"
        "Software exports reached US$ 1,300 million in 2024. "
        "We project them to reach US$ 2,000 million by 2029."
    )
    assert issuers(text) == ["Ministry of Economy and Finance"]


def test_a_header_body_named_with_an_ampersand_is_the_department_the_text_points_to() -> None:
    text = (
        "GOVERNMENT OF KERALA\nInformation Technology, Electronics & Communications Department\n\n"
        "IT exports rose 12% in 2024-25. The Department expects at least 100 new GCCs in 2025-26."
    )
    assert issuers(text) == ["Information Technology, Electronics & Communications Department"]


def test_a_speaker_and_a_verb_name_no_body_and_a_possessive_is_no_part_of_a_name() -> None:
    text = (
        "We plan to bring the number of residents to 2,000 by the end of 2026.\n\n"
        "The Ministry of Digital Transformation's goal is USD 10 billion of IT exports by 2030."
    )
    assert [b.name for b in named_bodies(text)] == ["Ministry of Digital Transformation"]


def test_a_results_framework_in_a_banks_appraisal_report_sets_the_banks_targets() -> None:
    text = (
        "ISLAMIC DEVELOPMENT BANK\nProject Appraisal Report\nJeddah, 27 June 2024\n\n"
        "Online payments in Libya grew fast in 2023.\n\n"
        "D. RESULTS FRAMEWORK\n"
        "Indicator | Baseline (2023) | Target (2029)\n"
        "Merchants accepting electronic payments (number) | 48,000 | 110,000"
    )
    found = extract(text, date(2024, 6, 27), CATALOG).targets
    assert [(t.value, t.kind, t.issuer) for t in found] == [(110_000, "target", "Islamic Development Bank")]


def test_staff_who_project_are_the_staff_of_the_body_the_text_names() -> None:
    text = (
        "Croatia: Staff Concluding Statement\n\nThis statement describes the findings of IMF staff. "
        "Staff project growth of 2.7 percent in 2026."
    )
    assert issuers(text) == ["IMF"]
    team = (
        "An International Monetary Fund (IMF) staff team visited Port Louis. "
        "Staff project growth of 3.1 percent in 2025."
    )
    assert issuers(team) == ["IMF"]


def test_where_a_firm_is_based_and_what_it_is_are_no_part_of_its_name() -> None:
    text = (
        "Analysts at Tunis-based brokerage Tunisie Valeurs expect ICT exports to grow 12 percent in 2026. "
        "Bandwidth will more than double by 2027, said Fatmata Kamara, an analyst at Freetown-based "
        "consultancy Lion Mountain Research."
    )
    assert issuers(text) == ["Tunisie Valeurs", "Lion Mountain Research"]


def test_people_of_a_kind_name_no_issuer() -> None:
    assert issuers("Local researchers expect online shopping to grow by 6% in 2026.") == [None]


def test_my_forecast_in_a_thread_is_the_forecast_of_the_body_its_writer_names() -> None:
    text = (
        "A thread on Romania's ICT exports.\n\n"
        "1/ In 2023 Romania exported €11.2bn of ICT services, Delta Economics estimates.\n\n"
        "8/ My forecast: ICT services exports of €12.5bn in 2025, if the slowdown doesn't deepen."
    )
    [target] = extract(text, date(2024, 10, 3), CATALOG).targets
    assert target.issuer == "Delta Economics"


def test_a_document_titled_in_quotes_before_its_kind_issues_its_goals() -> None:
    text = (
        "Uzbekistan's IT exports reached $1.2 billion in 2025.\n\n"
        'TARGETS: The "Digital Uzbekistan-2030" strategy aims for IT services exports of $5 billion by 2030.'
    )
    [target] = extract(text, date(2026, 2, 1), CATALOG).targets
    assert target.issuer == "Digital Uzbekistan-2030"


def test_goals_under_a_programme_after_a_list_items_label_are_the_programmes() -> None:
    text = (
        "Mongolia's ICT exports reached $95 million in 2025.\n\n"
        '* TARGETS: Under the "Digital Nation" programme, the government aims to raise the digital '
        "economy's share of GDP to 10% by 2028."
    )
    [target] = extract(text, date(2026, 2, 1), CATALOG).targets
    assert target.issuer == "Digital Nation programme"


@pytest.mark.parametrize(
    ("header", "bank"),
    [
        ("Economics Research | Hollandse Handelsbank | 8 October 2024", "Hollandse Handelsbank"),
        (
            "India Economics | Research Note | 18 November 2025\nServices exports hum on\n"
            "Kaveri Bank Economics Research, Mumbai",
            "Kaveri Bank",
        ),
        ("Galata Yatırım | Equity Research | Türkiye | Internet Retail", "Galata Yatırım"),
        ("Öresund Capital Markets | Equity Research | Nordic Consumer & Retail", "Öresund Capital Markets"),
    ],
)
def test_a_banks_research_desk_writes_for_the_bank(header: str, bank: str) -> None:
    text = f"{header}\n\nExports grew 9.6% in 2023. We forecast growth of 6-7% for 2025."
    assert set(issuers(text)) == {bank}


def test_a_goal_no_one_is_named_for_in_a_companys_slides_is_the_companys_not_a_cited_sources() -> None:
    text = (
        "IslandCart Holdings Limited (JSE: ICART)\nFY2025 Results and Strategy Update\n\n"
        "Slide 2 | FY2025 at a glance\n• Gross merchandise value (GMV): J$9.6bn, +23% y/y\n"
        "• Market context: internet penetration in Jamaica of 82% in 2024 "
        "(Office of Utilities Regulation)\n\n"
        "Slide 5 | Outlook and medium-term targets\n• Target: EBITDA margin of at least 10% by FY2027\n"
    )
    assert [t.issuer for t in extract(text, date(2025, 6, 20), CATALOG).targets] == ["IslandCart Holdings"]


def test_a_plan_named_with_the_year_it_runs_to_sets_the_goals_listed_under_it() -> None:
    text = (
        "Message from the Chairman\nKaname Digital Holdings, Inc. | Integrated Report 2025\n\n"
        "Consolidated revenue rose 9.4% to ¥1,286.5 billion.\n\nMedium-Term Management Plan 2027\n"
        "Our new plan, announced in May, sets the following goals for fiscal 2027:\n- Operating margin: 10%\n"
    )
    assert [t.issuer for t in extract(text, date(2025, 6, 20), CATALOG).targets] == [
        "Medium-Term Management Plan 2027"
    ]


@pytest.mark.parametrize(
    ("header", "city", "author"),
    [
        ("ALMATY CITY AKIMAT", "Almaty", "Almaty City Akimat"),
        ("BUSAN METROPOLITAN CITY", "Busan", "Busan Metropolitan City"),
    ],
)
def test_a_city_administration_heading_its_report_is_its_goals_issuer_and_its_figures_place(
    header: str, city: str, author: str
) -> None:
    text = (
        f"{header}\n\nREPORT\non the results of 2025 and priority tasks for 2026\n\n"
        "Exports of IT services by companies registered in the city reached USD 212 million in 2025.\n\n"
        "The city aims to raise e-commerce turnover to 13 trillion tenge in 2026."
    )
    found = extract(text, date(2026, 1, 28), CATALOG)
    assert [f.geo for f in found.figures] == [city]
    assert [(t.geo, t.issuer) for t in found.targets] == [(city, author)]


def test_a_plan_named_with_for_and_the_years_it_runs_for_is_the_issuer_of_its_aims() -> None:
    text = (
        "CASPIAN INSTITUTE FOR ECONOMIC POLICY\nPolicy brief\n\nThe Socio-Economic Development Strategy for "
        "2022-2026 aims to raise the share of the digital economy in GDP to 5% by 2026."
    )
    found = extract(text, date(2025, 10, 20), CATALOG).targets
    assert [t.issuer for t in found] == ["Socio-Economic Development Strategy for 2022-2026"]


def test_a_body_whose_goal_of_a_number_is_named_right_before_it_is_its_issuer() -> None:
    text = (
        "The Kansai Economic Federation aims for ¥1 trillion in exports by 2030. The Osaka Prefectural "
        "Government's goal of 1,000 firms using its support desk by FY2027 looks within reach."
    )
    found = extract(text, date(2025, 11, 14), CATALOG).targets
    assert [t.issuer for t in found] == ["Kansai Economic Federation", "Osaka Prefectural Government"]


def test_a_header_body_with_an_acronym_in_turkish_capitals_is_the_author() -> None:
    text = (
        "General Directorate of State Airports Authority (DHMİ)\n\nPRESS RELEASE\n\n"
        '"We expect the number of e-commerce consignments to exceed 4.5 million in 2025," the general '
        "manager said."
    )
    found = extract(text, date(2025, 2, 6), CATALOG).targets
    assert [t.issuer for t in found] == ["General Directorate of State Airports Authority"]


def test_a_named_programme_adopted_by_a_body_is_the_issuer_of_its_aims() -> None:
    text = (
        "The Digital Nation programme adopted by the government aims to lift annual exports of ICT services "
        "to US$250 million by 2027."
    )
    assert [t.issuer for t in extract(text, date(2025, 8, 14), CATALOG).targets] == [
        "Digital Nation programme"
    ]
